/**
 * An SMTP server on a free local port, started before each int test file loads the Payload config:
 * Galley sends its notifications through nodemailer over real SMTP, and tests read what arrived.
 */
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { receivedMail } from './mail'

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then(
      (mail) => {
        receivedMail.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        })
        callback()
      },
      (error: Error) => callback(error),
    )
  },
})

await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`
