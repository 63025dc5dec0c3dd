import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { signWebhook } from './signWebhook'
import { verifyWebhook } from './verifyWebhook'

const secret = 'whsec_partner_portal_0123456789'
const body = '{"id":"42","type":"revision.published","createdAt":"2026-03-02T10:05:00.000Z","data":{"type":"drugs","slug":"pazopanib","version":2,"url":"https://galley.example.org/feed/v1/drugs/pazopanib/v2.json"}}'
const timestamp = '1772445900'
const now = new Date(Number(timestamp) * 1000 + 30_000)

describe('signWebhook', () => {
  it('is sha256= and the HMAC-SHA256 of "timestamp.body" in hex, as a receiver computes it', () => {
    const expected = crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
    expect(signWebhook({ secret, timestamp, body })).toBe(`sha256=${expected}`)
    expect(signWebhook({ secret, timestamp: Number(timestamp), body })).toBe(`sha256=${expected}`)
  })
})

describe('verifyWebhook', () => {
  const signature = signWebhook({ secret, timestamp, body })

  it('accepts a delivery signed with the secret within five minutes', () => {
    expect(verifyWebhook({ secret, timestamp, body, signature, now })).toEqual({ ok: true })
  })

  it.each([
    ['another secret', { secret: 'whsec_someone_else_0123456789' }],
    ['a changed body', { body: body.replace('"version":2', '"version":3') }],
    ['a changed timestamp', { timestamp: String(Number(timestamp) + 1) }],
  ])('rejects %s as a mismatch', (_, change) => {
    expect(verifyWebhook({ secret, timestamp, body, signature, now, ...change })).toEqual({ ok: false, reason: 'mismatch' })
  })

  it('rejects a replay outside the tolerance window, either way', () => {
    const late = new Date(Number(timestamp) * 1000 + 301_000)
    const early = new Date(Number(timestamp) * 1000 - 301_000)
    expect(verifyWebhook({ secret, timestamp, body, signature, now: late })).toEqual({ ok: false, reason: 'expired' })
    expect(verifyWebhook({ secret, timestamp, body, signature, now: early })).toEqual({ ok: false, reason: 'expired' })
    expect(verifyWebhook({ secret, timestamp, body, signature, now: late, toleranceSeconds: 600 })).toEqual({ ok: true })
  })

  it.each([
    ['no signature', { signature: undefined }],
    ['a signature without its scheme', { signature: signature.slice('sha256='.length) }],
    ['a short signature', { signature: signature.slice(0, -2) }],
    ['no timestamp', { timestamp: null }],
    ['a timestamp that is not a number', { timestamp: 'yesterday' }],
  ])('rejects %s as malformed', (_, change) => {
    expect(verifyWebhook({ secret, timestamp, body, signature, now, ...change })).toEqual({ ok: false, reason: 'malformed' })
  })
})
