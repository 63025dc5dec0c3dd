export type ReceivedMail = { to: string[]; subject: string; text: string }

/** Messages the test SMTP server accepted, in order (see smtpSink.ts). */
export const receivedMail: ReceivedMail[] = []

export const mailTo = (address: string): ReceivedMail[] => receivedMail.filter((mail) => mail.to.includes(address))
