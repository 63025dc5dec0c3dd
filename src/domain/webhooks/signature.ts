import { createHmac, timingSafeEqual } from 'node:crypto'

/** The headers of every delivery. */
export const webhookHeaders = {
  eventId: 'Galley-Event-Id',
  /** Unix time in seconds when this attempt was signed. */
  timestamp: 'Galley-Timestamp',
  /** `v1=<hex HMAC-SHA256 of "{timestamp}.{body}">`. */
  signature: 'Galley-Signature',
} as const

export const SIGNATURE_VERSION = 'v1'
export const DEFAULT_TOLERANCE_SECONDS = 300

type SignArgs = {
  secret: string
  /** Unix seconds, as sent in `Galley-Timestamp`. */
  timestamp: number | string
  /** The exact bytes of the request body. */
  body: string
}

const hmacHex = ({ secret, timestamp, body }: SignArgs) => createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')

/** The `Galley-Signature` header value for a body sent at `timestamp`. */
export const signWebhook = ({ secret, timestamp, body }: SignArgs): string => `${SIGNATURE_VERSION}=${hmacHex({ secret, timestamp, body })}`

type VerifyArgs = SignArgs & {
  /** The `Galley-Signature` header; several comma-separated `v1=` values are accepted (secret rotation). */
  signature: string | null | undefined
  now?: Date
  /** How far the timestamp may be from `now`, either way, before the delivery is refused as a replay. */
  toleranceSeconds?: number
}

export type VerifyResult =
  { ok: true } | { ok: false; reason: 'malformed-timestamp' | 'outside-tolerance' | 'missing-signature' | 'bad-signature' }

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Checks a delivery the way a subscriber should: the timestamp is recent (a replay window), and one
 * of the `v1=` signatures is the HMAC of `timestamp.body` under the secret, compared in constant time.
 */
export const verifyWebhook = ({
  secret,
  timestamp,
  body,
  signature,
  now = new Date(),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
}: VerifyArgs): VerifyResult => {
  const seconds = String(timestamp).trim()
  if (!/^\d{1,12}$/.test(seconds)) return { ok: false, reason: 'malformed-timestamp' }
  if (Math.abs(now.getTime() / 1000 - Number(seconds)) > toleranceSeconds) {
    return { ok: false, reason: 'outside-tolerance' }
  }
  const candidates = (signature ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${SIGNATURE_VERSION}=`))
    .map((part) => part.slice(SIGNATURE_VERSION.length + 1))
  if (candidates.length === 0) return { ok: false, reason: 'missing-signature' }
  const expected = hmacHex({ secret, timestamp: seconds, body })
  // Every candidate is compared, so the time taken does not tell which one matched.
  const matches = candidates.map((candidate) => sameText(candidate.toLowerCase(), expected))
  return matches.includes(true) ? { ok: true } : { ok: false, reason: 'bad-signature' }
}
