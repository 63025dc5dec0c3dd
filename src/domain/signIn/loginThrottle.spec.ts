import { describe, expect, it } from 'vitest'

import { accountKey, LoginThrottle, resetRequestLimits } from './loginThrottle'

const limits = {
  counted: 'failed sign-in attempts',
  perClient: { limit: 5, windowMs: 60_000 },
  perAccount: { limit: 3, windowMs: 120_000 },
  trustedClientMs: 24 * 60 * 60_000,
}

/** `count` failed attempts (counted, never taken back). */
const fail = (throttle: LoginThrottle, client: string, account: string, count: number, now = 0) => {
  for (let i = 0; i < count; i++) expect(throttle.attempt({ client, account, now }).allowed).toBe(true)
}

describe('LoginThrottle', () => {
  it('refuses a client after its failures, naming the limit and the wait', () => {
    const throttle = new LoginThrottle(limits)
    for (let i = 0; i < 5; i++) fail(throttle, '198.51.100.1', `user${i}@galley.test`, 1, i * 1000)
    const refused = throttle.attempt({ client: '198.51.100.1', account: 'someone@galley.test', now: 10_000 })
    expect(refused).toEqual({
      allowed: false,
      limit: 'client',
      retryAfterSeconds: 50,
      message: 'Too many failed sign-in attempts from your address (at most 5 in 1 minutes). Try again in 50 seconds.',
    })
    // another client is not affected, and the window moves on
    expect(throttle.attempt({ client: '198.51.100.2', account: 'someone@galley.test', now: 10_000 }).allowed).toBe(true)
    expect(throttle.attempt({ client: '198.51.100.1', account: 'someone@galley.test', now: 60_001 }).allowed).toBe(true)
  })

  it('refuses an account after its failures from several clients, for known and unknown accounts alike', () => {
    const throttle = new LoginThrottle(limits)
    for (const account of ['writer@galley.test', 'nobody@galley.test']) {
      fail(throttle, 'a', account, 1)
      fail(throttle, 'b', account, 1)
      fail(throttle, 'c', account, 1)
      const refused = throttle.attempt({ client: 'd', account, now: 30_000 })
      expect(refused).toMatchObject({ allowed: false, limit: 'account', retryAfterSeconds: 90 })
      expect(refused.allowed || refused.message).toBe(
        'Too many failed sign-in attempts for this account (at most 3 in 2 minutes). Try again in 90 seconds.',
      )
    }
  })

  it('counts only failures: a successful attempt is taken back', () => {
    const throttle = new LoginThrottle(limits)
    for (let i = 0; i < 10; i++) {
      const verdict = throttle.attempt({ client: 'a', account: 'writer@galley.test', now: i })
      if (!verdict.allowed) throw new Error(`attempt ${i} refused`)
      throttle.succeeded(verdict.attempt)
    }
  })

  it('refuses parallel attempts beyond the limit, since each is counted before its password is checked', () => {
    const throttle = new LoginThrottle(limits)
    const verdicts = Array.from({ length: 60 }, (_, i) => throttle.attempt({ client: 'a', account: `u${i}@galley.test`, now: 0 }))
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(5)
  })

  it('lets a client that signed in to the account before past the account limit an attacker exhausted', () => {
    const throttle = new LoginThrottle(limits)
    const first = throttle.attempt({ client: 'home', account: 'writer@galley.test', now: 0 })
    if (!first.allowed) throw new Error('refused')
    throttle.succeeded(first.attempt)

    fail(throttle, 'attacker-1', 'writer@galley.test', 2, 1000)
    fail(throttle, 'attacker-2', 'writer@galley.test', 1, 1000)
    expect(throttle.attempt({ client: 'attacker-3', account: 'writer@galley.test', now: 2000 }).allowed).toBe(false)
    expect(throttle.attempt({ client: 'home', account: 'writer@galley.test', now: 2000 }).allowed).toBe(true)
    // until the trust expires, a day after that sign-in
    const later = limits.trustedClientMs + 1000
    fail(throttle, 'attacker-1', 'writer@galley.test', 3, later)
    expect(throttle.attempt({ client: 'home', account: 'writer@galley.test', now: later }).allowed).toBe(false)
  })

  it("forgets an account's failures when an admin unlocks it", () => {
    const throttle = new LoginThrottle(limits)
    fail(throttle, 'a', 'writer@galley.test', 3)
    expect(throttle.attempt({ client: 'b', account: 'writer@galley.test', now: 1 }).allowed).toBe(false)
    throttle.unlock('writer@galley.test')
    expect(throttle.attempt({ client: 'b', account: 'writer@galley.test', now: 1 }).allowed).toBe(true)
  })
})

describe('LoginThrottle with the reset request limits', () => {
  it('counts every request, and names what it counts', () => {
    const throttle = new LoginThrottle(resetRequestLimits)
    fail(throttle, 'a', 'writer@galley.test', 3)
    const refused = throttle.attempt({ client: 'b', account: 'writer@galley.test', now: 60_000 })
    expect(refused.allowed || refused.message).toBe(
      'Too many password reset requests for this account (at most 3 in 15 minutes). Try again in 840 seconds.',
    )
  })
})

describe('accountKey', () => {
  it('compares e-mails as Payload does', () => {
    expect(accountKey('  Writer@Galley.TEST ')).toBe('writer@galley.test')
    expect(accountKey(undefined)).toBe('')
  })
})
