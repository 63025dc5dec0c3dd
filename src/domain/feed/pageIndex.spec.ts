import { describe, expect, it } from 'vitest'

import type { IndexEntry } from './indexEntry'

import { pageIndex, parseIndexPage } from './pageIndex'

const entries = (count: number) => Array.from({ length: count }, (_, n) => ({ slug: `drug-${n + 1}` }) as IndexEntry)
const slugs = (index: { documents: readonly IndexEntry[] } | null) => index?.documents.map((entry) => entry.slug)

describe('pageIndex', () => {
  it('puts a small index on one page with no next link', () => {
    expect(pageIndex({ documents: entries(3), page: 1, origin: 'https://g.example', pageSize: 5 })).toEqual({
      documents: entries(3),
    })
  })

  it('links each page to the next until the last', () => {
    const origin = 'https://g.example/'
    const first = pageIndex({ documents: entries(5), page: 1, origin, pageSize: 2 })
    const last = pageIndex({ documents: entries(5), page: 3, origin, pageSize: 2 })
    expect([slugs(first), first?.next, slugs(last), last?.next]).toEqual([
      ['drug-1', 'drug-2'],
      'https://g.example/feed/v1/index.json?page=2',
      ['drug-5'],
      undefined,
    ])
  })

  it('has an empty first page for an empty feed, and no page past the last', () => {
    expect(pageIndex({ documents: [], page: 1, origin: 'https://g.example' })).toEqual({ documents: [] })
    expect(pageIndex({ documents: entries(4), page: 3, origin: 'https://g.example', pageSize: 2 })).toBeNull()
  })
})

describe('parseIndexPage', () => {
  it('reads page 1 when absent', () => {
    expect([parseIndexPage({ page: null }), parseIndexPage({ page: '' }), parseIndexPage({ page: '7' })]).toEqual([1, 1, 7])
  })

  it('refuses anything but a whole number from 1, naming page', () => {
    for (const page of ['0', '-1', '1.5', 'two', '01']) {
      expect(parseIndexPage({ page }), page).toMatchObject({
        ok: false,
        status: 400,
        code: 'invalid-parameter',
        field: 'page',
        message: 'page must be a whole number from 1',
      })
    }
  })
})
