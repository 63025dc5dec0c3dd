import type { Payload } from 'payload'

import type { Revision } from '@/domain/revisions'

import { sql } from '@payloadcms/db-postgres'

import { ANALYZER_VERSION, searchDocumentOf, searchEntryOf, searchTypes } from '@/domain/search'
import { slugs } from '@collections/slugs'

import { latestRevisionMetas } from '@/revisions/latestRevisionMetas'

import { searchStoreOf, transactionOf } from './searchIndex'

/** The PostgreSQL advisory lock that lets one instance at a time rebuild the index ('GALLEYSX'). */
const REBUILD_LOCK_KEY = 0x47414c4c45595358n

const BATCH = 25

/**
 * Builds the search index from the latest published revision of every searchable document when it
 * was built with another analyzer version or never (a database from before search existed), in one
 * transaction; otherwise does nothing. Several instances starting at once rebuild it once: on
 * PostgreSQL the others wait on an advisory lock and then find it built.
 */
export const ensureSearchIndex = async (payload: Payload): Promise<number | null> => {
  const store = searchStoreOf(payload)
  if ((await store.builtWith(undefined)) === ANALYZER_VERSION) return null
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = { payload, transactionID } as const
  try {
    const tx = await transactionOf(payload, transactionID)
    if (payload.db.name === 'postgres' && tx)
      await (tx as { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }).execute(
        sql`select pg_advisory_xact_lock(${REBUILD_LOCK_KEY.toString()}::bigint)`,
      )
    if ((await store.builtWith(tx)) === ANALYZER_VERSION) {
      if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
      return null
    }
    await store.reset(tx, ANALYZER_VERSION)
    const latest = await latestRevisionMetas(payload, req, { type: { in: [...searchTypes] } })
    const published = latest.filter((row) => row.kind === 'published')
    for (let start = 0; start < published.length; start += BATCH) {
      const { docs: revisions } = await payload.find({
        collection: slugs.revisions,
        where: { id: { in: published.slice(start, start + BATCH).map((row) => row.id) } },
        select: { revision: true },
        limit: 0,
        pagination: false,
        depth: 0,
        req,
        overrideAccess: true,
      })
      for (const row of revisions as unknown as { revision: Revision }[]) {
        const document = searchDocumentOf(row.revision)
        if (document) await store.replace(tx, document.key, searchEntryOf(document))
      }
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    return published.length
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
