import { describe, expect, it } from 'vitest'

import { retryDelay } from './retryDelay'

describe('retryDelay', () => {
  it('waits 30 s after the first failure and doubles, up to 8 attempts in all', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => retryDelay({ attempt }))
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, null])
  })

  it('never waits more than 6 hours', () => {
    expect(retryDelay({ attempt: 11, maxAttempts: 20 })).toBe(6 * 60 * 60 * 1000)
    expect(retryDelay({ attempt: 10, maxAttempts: 20 })).toBe(30_000 * 2 ** 9)
  })

  it('refuses an attempt number that is not a whole number from 1', () => {
    expect(() => retryDelay({ attempt: 0 })).toThrow(RangeError)
    expect(() => retryDelay({ attempt: 1.5 })).toThrow(RangeError)
  })
})
