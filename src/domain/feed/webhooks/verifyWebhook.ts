import crypto from 'node:crypto'

import { signWebhook } from './signWebhook'

export const DEFAULT_TOLERANCE_SECONDS = 5 * 60

type Args = {
  secret: string
  /** The Galley-Timestamp header. */
  timestamp: string | null | undefined
  /** The raw request body, exactly as received (before any JSON parsing). */
  body: string
  /** The Galley-Signature header. */
  signature: string | null | undefined
  now?: Date
  /** How far the timestamp may be from now, either way; older deliveries are refused as replays. */
  toleranceSeconds?: number
}

export type WebhookVerification = { ok: true } | { ok: false; reason: 'malformed' | 'expired' | 'mismatch' }

/**
 * What a subscriber should do with each delivery, and what Galley's own tests do. In a receiver:
 *
 * ```ts
 * import crypto from 'node:crypto'
 *
 * const verify = (secret: string, headers: Headers, rawBody: string) => {
 *   const timestamp = headers.get('Galley-Timestamp') ?? ''
 *   const signature = headers.get('Galley-Signature') ?? ''
 *   if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false
 *   const expected = 'sha256=' + crypto.createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')
 *   return expected.length === signature.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
 * }
 * ```
 *
 * Then use the body's `id` to ignore a delivery already handled (a retry after a lost response).
 */
export const verifyWebhook = ({
  secret,
  timestamp,
  body,
  signature,
  now = new Date(),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: Args): WebhookVerification => {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature || !/^sha256=[0-9a-f]{64}$/.test(signature)) {
    return { ok: false, reason: 'malformed' }
  }
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: 'expired' }
  const expected = Buffer.from(signWebhook({ secret, timestamp, body }), 'utf8')
  const given = Buffer.from(signature, 'utf8')
  return crypto.timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'mismatch' }
}
