import { describe, expect, it } from 'vitest'

import { documentTitle } from './index'

describe('documentTitle', () => {
  it("is a summary's title and a drug's name", () => {
    expect(documentTitle({ type: 'summaries', doc: { id: 1, title: 'Adult Soft Tissue Sarcoma Treatment', name: 'x' } })).toBe(
      'Adult Soft Tissue Sarcoma Treatment',
    )
    expect(documentTitle({ type: 'drugs', doc: { id: 2, name: 'pazopanib', title: 'x' } })).toBe('pazopanib')
  })

  it('falls back to the slug, then to the id, for a document without one', () => {
    expect(documentTitle({ type: 'treatments', doc: { id: 3, name: '  ', slug: 'surgery' } })).toBe('surgery')
    expect(documentTitle({ type: 'references', doc: { id: 4 } })).toBe('#4')
  })
})
