import type { Revision } from '@/domain/revisions'

import type { PublishedColumns } from './publishedColumns'

import { listingOf } from '../domain/published/revisionListing'

type Row = { id: number; revision: unknown }

type Args = {
  /** Up to `limit` rows with an id above `afterId`, by id. */
  readBatch: (afterId: number, limit: number) => Promise<Row[]>
  write: (id: number, columns: PublishedColumns) => Promise<void>
}

const BATCH = 200

/**
 * Fills `sequence`, `size` and `listing` for the revisions stored before Galley numbered them (the
 * migration that adds those columns runs it, on SQLite and on PostgreSQL). Each row's sequence is
 * its row id, which ordered the change log until then: a cursor a partner stored keeps pointing at
 * the same place. Reads the rows a batch at a time. Imports nothing but the pure listing code, as a
 * migration must.
 */
export const backfillPublishedColumns = async ({ readBatch, write }: Args): Promise<number> => {
  let done = 0
  for (let after = 0; ;) {
    const rows = await readBatch(after, BATCH)
    for (const { id, revision } of rows) {
      const parsed = (typeof revision === 'string' ? JSON.parse(revision) : revision) as Revision
      await write(id, { sequence: id, size: Buffer.byteLength(JSON.stringify(parsed)), listing: listingOf(parsed) })
      after = id
    }
    done += rows.length
    if (rows.length < BATCH) return done
  }
}
