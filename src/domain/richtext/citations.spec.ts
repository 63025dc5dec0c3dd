import { describe, expect, it } from 'vitest'

import { lexical } from './buildLexical'
import { extractCitations, uniqueCitations } from './citations'

const citation = (reference: unknown) => ({ type: 'inlineBlock', fields: { blockType: 'citation', id: 'c', reference } })

describe('extractCitations', () => {
  it('lists reference ids as strings in document order, duplicates kept', () => {
    const state = lexical(['Wide local excision [[ref:12]] is common [[ref:7]].', '- Limb-sparing surgery [[ref:12]]'])
    expect(extractCitations(state)).toEqual(['12', '7', '12'])
    expect(uniqueCitations(state)).toEqual(['12', '7'])
  })

  it('reads numeric, string, populated and polymorphic references, skipping unusable ones', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              citation(12),
              citation(' 65f0c2 '),
              citation({ id: 3, title: 'Soft tissue sarcoma', createdAt: '2024-01-01' }),
              citation({ relationTo: 'references', value: { id: 4 } }),
              citation(null),
              citation(''),
              citation({}),
              { type: 'inlineBlock', fields: { blockType: 'glossary', reference: 99 } },
            ],
          },
        ],
      },
    }
    expect(extractCitations(state)).toEqual(['12', '65f0c2', '3', '4'])
  })

  it('returns [] for malformed input', () => {
    expect(extractCitations(null)).toEqual([])
    expect(extractCitations({ root: 'x' })).toEqual([])
    expect(uniqueCitations(undefined)).toEqual([])
  })
})
