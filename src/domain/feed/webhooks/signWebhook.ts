import crypto from 'node:crypto'

/** The headers every delivery carries. */
export const webhookHeaders = {
  /** The change event id (also the body's `id`). */
  eventId: 'Galley-Event-Id',
  /** Unix time in seconds when this attempt was signed. */
  timestamp: 'Galley-Timestamp',
  /** `sha256=<hex HMAC-SHA256 of "{timestamp}.{body}">`. */
  signature: 'Galley-Signature',
} as const

type Args = {
  secret: string
  /** Unix seconds, exactly as sent in Galley-Timestamp. */
  timestamp: number | string
  /** The exact request body. */
  body: string
}

/** The Galley-Signature value: `sha256=` and the hex HMAC-SHA256 of `${timestamp}.${body}` under the subscriber's secret. */
export const signWebhook = ({ secret, timestamp, body }: Args): string =>
  `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`
