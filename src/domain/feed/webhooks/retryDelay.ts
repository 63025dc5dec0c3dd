export const WEBHOOK_MAX_ATTEMPTS = 8
export const WEBHOOK_FIRST_RETRY_MS = 30_000
export const WEBHOOK_MAX_RETRY_MS = 6 * 60 * 60 * 1000

type Args = {
  /** The attempt that just failed, 1 for the first delivery. */
  attempt: number
  maxAttempts?: number
}

/**
 * How long to wait before trying a failed delivery again: 30 s after the first attempt, doubling each
 * time (30 s, 1 min, 2 min … 32 min), never more than 6 h; null once `maxAttempts` (8) attempts have
 * failed. A subscriber that missed deliveries catches up from changes.json, which keeps every event.
 */
export const retryDelay = ({ attempt, maxAttempts = WEBHOOK_MAX_ATTEMPTS }: Args): number | null => {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a whole number ≥ 1, got ${attempt}`)
  if (attempt >= maxAttempts) return null
  return Math.min(WEBHOOK_FIRST_RETRY_MS * 2 ** (attempt - 1), WEBHOOK_MAX_RETRY_MS)
}
