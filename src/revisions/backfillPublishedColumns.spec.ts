import { describe, expect, it } from 'vitest'

import { publishDemo } from '@/domain/revisions/seedDocuments.fixture'

import type { PublishedColumns } from './publishedColumns'

import { backfillPublishedColumns } from './backfillPublishedColumns'

describe('backfillPublishedColumns', () => {
  it('gives every stored revision its row id as sequence number, so a cursor stored before keeps its place', async () => {
    // Row ids with gaps (publications that rolled back), as SQLite stores JSON (text).
    const rows = publishDemo().map((revision, index) => ({ id: index * 2 + 5, revision: JSON.stringify(revision) }))
    const written = new Map<number, PublishedColumns>()
    const count = await backfillPublishedColumns({
      readBatch: async (afterId, limit) => rows.filter((row) => row.id > afterId).slice(0, limit),
      write: async (id, columns) => {
        written.set(id, columns)
      },
    })
    expect(count).toBe(rows.length)
    expect([...written].every(([id, columns]) => columns.sequence === id)).toBe(true)
    const first = written.get(5)!
    expect([first.size, first.listing.slug]).toEqual([Buffer.byteLength(rows[0].revision), JSON.parse(rows[0].revision).slug])
  })
})
