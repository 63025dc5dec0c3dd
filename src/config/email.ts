import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

const from = {
  defaultFromAddress: process.env.EMAIL_FROM ?? 'galley@localhost',
  defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Galley',
}

/**
 * Real SMTP when `SMTP_URL` is set (e.g. smtp://user:pass@mail.example.org:587); otherwise messages
 * are written to the server log, which is what development and the demo want.
 */
export const emailAdapter = (): Promise<EmailAdapter> | EmailAdapter => {
  if (process.env.SMTP_URL) {
    return nodemailerAdapter({ ...from, transport: nodemailer.createTransport(process.env.SMTP_URL) })
  }
  return nodemailerAdapter({
    ...from,
    transport: nodemailer.createTransport({ jsonTransport: true }),
    skipVerify: true,
  })
}
