import { describe, expect, it } from 'vitest'

import { MAX_ATTEMPTS, MAX_RETRY_DELAY_SECONDS, nextAttemptAt, retryDelaySeconds } from './retrySchedule'

describe('retryDelaySeconds', () => {
  it('starts at 30 s and doubles', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelaySeconds(attempt))).toEqual([30, 60, 120, 240, 480])
  })

  it('never waits more than 6 hours', () => {
    expect(retryDelaySeconds(10)).toBe(15_360)
    expect(retryDelaySeconds(11)).toBe(MAX_RETRY_DELAY_SECONDS)
    expect(retryDelaySeconds(50)).toBe(6 * 3600)
  })

  it('refuses attempts that are not positive integers', () => {
    for (const attempt of [0, -1, 1.5, Number.NaN]) expect(() => retryDelaySeconds(attempt)).toThrow(RangeError)
  })

  it('spreads the attempts over about 14.5 hours', () => {
    let total = 0
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) total += retryDelaySeconds(attempt)
    expect(total).toBe(52_290)
  })
})

describe('nextAttemptAt', () => {
  const failedAt = new Date('2026-11-23T12:00:00.000Z')

  it('is the failure time plus the delay for that attempt', () => {
    expect(nextAttemptAt({ attempt: 1, failedAt })?.toISOString()).toBe('2026-11-23T12:00:30.000Z')
    expect(nextAttemptAt({ attempt: 3, failedAt })?.toISOString()).toBe('2026-11-23T12:02:00.000Z')
  })

  it('is null after the last attempt', () => {
    expect(nextAttemptAt({ attempt: MAX_ATTEMPTS - 1, failedAt })).not.toBeNull()
    expect(nextAttemptAt({ attempt: MAX_ATTEMPTS, failedAt })).toBeNull()
  })
})
