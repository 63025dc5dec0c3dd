/**
 * When a failed delivery is tried again: 30 s after the first attempt, doubling each time, never
 * more than 6 h apart, at most MAX_ATTEMPTS attempts in all (the last about 14.5 h after the first).
 * After that the subscriber catches up from `changes.json`, which never loses an event.
 */
export const MAX_ATTEMPTS = 12
export const FIRST_RETRY_DELAY_SECONDS = 30
export const MAX_RETRY_DELAY_SECONDS = 6 * 60 * 60

/** Seconds to wait after failed attempt `attempt` (1-based) before the next one. */
export const retryDelaySeconds = (attempt: number): number => {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${attempt}`)
  return Math.min(FIRST_RETRY_DELAY_SECONDS * 2 ** (attempt - 1), MAX_RETRY_DELAY_SECONDS)
}

type NextAttemptArgs = {
  /** The attempt that just failed (1-based). */
  attempt: number
  failedAt: Date
}

/** When to try again after a failed attempt, or `null` when it was the last one. */
export const nextAttemptAt = ({ attempt, failedAt }: NextAttemptArgs): Date | null =>
  attempt >= MAX_ATTEMPTS ? null : new Date(failedAt.getTime() + retryDelaySeconds(attempt) * 1000)
