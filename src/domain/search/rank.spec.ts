import { describe, expect, it } from 'vitest'

import { bestSections, rankDocuments } from './rank'

describe('rankDocuments', () => {
  it('keeps only the documents that have every part', () => {
    const ranked = rankDocuments([
      [
        { doc: 'a', title: true, sections: 0 },
        { doc: 'b', title: false, sections: 2 },
      ],
      [{ doc: 'b', title: false, sections: 1 }],
    ])
    expect(ranked.map((row) => row.doc)).toEqual(['b'])
  })

  it('puts a document whose title has the words before one that only mentions them', () => {
    const ranked = rankDocuments([
      [
        { doc: 'mentions', title: false, sections: 5 },
        { doc: 'about', title: true, sections: 1 },
      ],
    ])
    expect(ranked.map((row) => row.doc)).toEqual(['about', 'mentions'])
  })

  it('ranks more sections with a word higher, and orders equals by key', () => {
    const ranked = rankDocuments([
      [
        { doc: 'c', title: false, sections: 1 },
        { doc: 'b', title: false, sections: 1 },
        { doc: 'a', title: false, sections: 9 },
      ],
    ])
    expect(ranked.map((row) => row.doc)).toEqual(['a', 'b', 'c'])
  })

  it('finds nothing in a query without parts', () => {
    expect(rankDocuments([])).toEqual([])
  })
})

describe('bestSections', () => {
  it('shows the section with the most parts, the first of equals', () => {
    const best = bestSections([
      [
        { id: '1', doc: 'a', position: 1 },
        { id: '2', doc: 'a', position: 2 },
        { id: '3', doc: 'a', position: 3 },
      ],
      [{ id: '3', doc: 'a', position: 3 }],
    ])
    expect(best.get('a')).toBe('3')
    expect(
      bestSections([
        [
          { id: '2', doc: 'a', position: 2 },
          { id: '1', doc: 'a', position: 1 },
        ],
      ]).get('a'),
    ).toBe('1')
  })
})
