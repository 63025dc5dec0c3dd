import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { canonicalJson } from './contentHash'

import { findRevision, publishDemo } from './seedDocuments.fixture'
import { verifyRevision } from './verifyRevision'

const pazopanib = findRevision(publishDemo(), 'drugs', 'pazopanib')

/** The revision as a partner receives it: JSON, keys in whatever order the server wrote them. */
const overTheWire = (value: unknown): unknown => {
  const reverseKeys = (item: unknown): unknown =>
    Array.isArray(item)
      ? item.map(reverseKeys)
      : item && typeof item === 'object'
        ? Object.fromEntries(
            Object.entries(item)
              .reverse()
              .map(([key, inner]) => [key, reverseKeys(inner)]),
          )
        : item
  return reverseKeys(JSON.parse(JSON.stringify(value)))
}

describe('verifyRevision', () => {
  it('accepts a revision as downloaded, whatever the key order', () => {
    expect(verifyRevision({ revision: overTheWire(pazopanib) })).toEqual({ ok: true, revision: pazopanib })
  })

  it('uses a hash a partner can recompute: sha256 of the sorted-key JSON without the hash', () => {
    const { hash, ...rest } = pazopanib
    expect(hash).toBe(`sha256:${crypto.createHash('sha256').update(canonicalJson(rest)).digest('hex')}`)
  })

  it('detects a changed field through the hash', () => {
    const tampered = { ...pazopanib, content: { ...pazopanib.content, drugClass: 'Antibiotic' } }
    expect(verifyRevision({ revision: tampered })).toEqual({
      ok: false,
      issues: [{ path: 'hash', message: expect.stringMatching(/^is sha256:[0-9a-f]{64} but the revision hashes to sha256:/) }],
    })
  })

  it('rejects fields the schema does not know', () => {
    const result = verifyRevision({ revision: { ...pazopanib, outOfDate: true } })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues[0].message).toMatch(/outOfDate/)
  })

  it('rejects a malformed hash', () => {
    const result = verifyRevision({ revision: { ...pazopanib, hash: 'md5:abc' } })
    expect(result).toEqual({ ok: false, issues: [{ path: 'hash', message: "must be 'sha256:' and 64 lower-case hex digits" }] })
  })
})
