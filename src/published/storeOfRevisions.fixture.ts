import type { Revision } from '@/domain/revisions'

import type { MetaRow } from './PublishedStore'

import { listingOf } from '@/domain/published'

import { PublishedStore } from './PublishedStore'

type Args = {
  revisions: readonly Revision[]
  origin?: string
  cacheBytes?: number
}

/**
 * Test and bench fixture: a published store over revisions held in a map standing in for the
 * database (sequence n is revisions[n - 1]), counting what the store asks of it.
 */
export const storeOfRevisions = ({ revisions, origin = 'https://galley.example', cacheBytes }: Args) => {
  const bodies = new Map<string, Buffer>()
  const rows: MetaRow[] = revisions.map((revision, index) => {
    const body = Buffer.from(JSON.stringify(revision))
    bodies.set(revision.hash, body)
    return { sequence: index + 1, hash: revision.hash, size: body.length, listing: listingOf(revision) }
  })
  const reads = { meta: 0, bodies: 0 }
  const store = new PublishedStore({
    loadMeta: async (after) => {
      reads.meta += 1
      return rows.filter((row) => row.sequence > after)
    },
    loadBody: async (meta) => {
      reads.bodies += 1
      const body = bodies.get(meta.hash)
      if (!body) throw new Error(`no revision ${meta.hash}`)
      return body
    },
    origin,
    cacheBytes,
  })
  return { store, rows, reads }
}
