import type { Refusal } from '../errors'

import { refusal } from '../errors'

/*
 * A changes cursor is the sequence number of the last event a partner has seen, base64url-encoded so
 * partners treat it as opaque and store it as given. Sequence 0 is "before the first event".
 */

const CURSOR = /^[A-Za-z0-9_-]{1,24}$/

export const encodeCursor = ({ seq }: { seq: number }): string => {
  if (!Number.isSafeInteger(seq) || seq < 0) throw new RangeError(`a cursor needs a sequence number ≥ 0, got ${seq}`)
  return Buffer.from(String(seq), 'utf8').toString('base64url')
}

const invalid = (): Refusal =>
  refusal({
    status: 400,
    field: 'since',
    message: 'since must be a nextCursor returned by this feed; leave it out to start from the first event',
  })

/** The sequence number in a cursor. Anything this feed did not issue is refused, naming `since`. */
export const decodeCursor = ({ cursor }: { cursor: string }): number | Refusal => {
  if (!CURSOR.test(cursor)) return invalid()
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!/^(0|[1-9]\d{0,15})$/.test(text)) return invalid()
  const seq = Number(text)
  // Only the one spelling this feed writes is accepted (base64url has others for the same bytes).
  if (!Number.isSafeInteger(seq) || encodeCursor({ seq }) !== cursor) return invalid()
  return seq
}
