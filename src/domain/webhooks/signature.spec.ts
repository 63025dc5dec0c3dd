import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'

import { signWebhook, verifyWebhook } from './signature'

const secret = 'whsec_0123456789abcdef'
const body = '{"id":"evt_1","type":"revision.published"}'
const timestamp = 1_764_000_000
const now = new Date(timestamp * 1000)

describe('signWebhook', () => {
  it('is v1= and the hex HMAC-SHA256 of "timestamp.body"', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
    expect(signWebhook({ secret, timestamp, body })).toBe(`v1=${expected}`)
  })

  it('gives the same signature for the timestamp as a number or as the header string', () => {
    expect(signWebhook({ secret, timestamp: String(timestamp), body })).toBe(signWebhook({ secret, timestamp, body }))
  })
})

describe('verifyWebhook', () => {
  const signature = signWebhook({ secret, timestamp, body })

  it('accepts what signWebhook signed, with the timestamp as sent in the header', () => {
    expect(verifyWebhook({ secret, timestamp: String(timestamp), body, signature, now })).toEqual({ ok: true })
  })

  it.each([
    ['another secret', { secret: 'another-secret-of-16+' }],
    ['a changed body', { body: body.replace('evt_1', 'evt_2') }],
    ['another timestamp (within the window)', { timestamp: timestamp + 1 }],
    ['a truncated signature', { signature: signature.slice(0, -2) }],
    ['upper-cased version tag', { signature: signature.replace('v1=', 'V1=') }],
  ])('refuses %s', (_label, change) => {
    const result = verifyWebhook({ secret, timestamp, body, signature, now, ...change })
    expect(result.ok).toBe(false)
  })

  it('names why it refused', () => {
    expect(verifyWebhook({ secret, timestamp, body, signature: 'v1=00', now })).toEqual({ ok: false, reason: 'bad-signature' })
    expect(verifyWebhook({ secret, timestamp, body, signature: undefined, now })).toEqual({ ok: false, reason: 'missing-signature' })
    expect(verifyWebhook({ secret, timestamp, body, signature: 'v0=abc', now })).toEqual({ ok: false, reason: 'missing-signature' })
    expect(verifyWebhook({ secret, timestamp: 'yesterday', body, signature, now })).toEqual({ ok: false, reason: 'malformed-timestamp' })
    expect(verifyWebhook({ secret, timestamp: '-5', body, signature, now })).toEqual({ ok: false, reason: 'malformed-timestamp' })
  })

  it('refuses a replay outside the tolerance, either way, and accepts one at its edge', () => {
    const at = (seconds: number) => new Date((timestamp + seconds) * 1000)
    expect(verifyWebhook({ secret, timestamp, body, signature, now: at(300) }).ok).toBe(true)
    expect(verifyWebhook({ secret, timestamp, body, signature, now: at(-300) }).ok).toBe(true)
    expect(verifyWebhook({ secret, timestamp, body, signature, now: at(301) })).toEqual({ ok: false, reason: 'outside-tolerance' })
    expect(verifyWebhook({ secret, timestamp, body, signature, now: at(-301) })).toEqual({ ok: false, reason: 'outside-tolerance' })
    expect(verifyWebhook({ secret, timestamp, body, signature, now: at(301), toleranceSeconds: 600 }).ok).toBe(true)
  })

  it('accepts a header carrying several signatures when one matches (a secret being rotated)', () => {
    const old = signWebhook({ secret: 'the-old-secret-1234', timestamp, body })
    expect(verifyWebhook({ secret, timestamp, body, signature: `${old}, ${signature}`, now }).ok).toBe(true)
    expect(verifyWebhook({ secret, timestamp, body, signature: old, now }).ok).toBe(false)
  })
})
