import { describe, expect, it } from 'vitest'

import { canonicalJson, contentHash } from './contentHash'

describe('canonicalJson', () => {
  it('sorts object keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}')
  })
})

describe('contentHash', () => {
  it('ignores key order and bookkeeping fields', () => {
    const one = contentHash({ id: 1, updatedAt: '2026-01-01', name: 'pazopanib', drugClass: 'TKI' })
    const two = contentHash({ drugClass: 'TKI', name: 'pazopanib', id: 1, updatedAt: '2026-11-23', _status: 'draft' })
    expect(one).toBe(two)
    expect(one).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('changes when the content changes', () => {
    expect(contentHash({ drugClass: 'TKI' })).not.toBe(contentHash({ drugClass: 'Multi-kinase inhibitor' }))
  })
})
