import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

/** The key of the PostgreSQL advisory lock every publication takes to number itself ('GALLEYSQ'). */
export const PUBLICATION_LOCK_KEY = 0x47414c4c45595351n

type DrizzleSessions = {
  sessions?: Record<string, { db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } }>
}

/** MongoDB: the document that counts publications, in a collection of Galley's own. */
const COUNTERS = 'galley_counters'

/**
 * The next number in the feed's change log, for the revision this transaction is about to store.
 *
 * Numbers are handed out one publication at a time, and the publication keeps its turn until it
 * commits, so they become visible in the order they were given and with no gaps (a publication that
 * rolls back gives its number back to the next one):
 * - PostgreSQL: a transaction-scoped advisory lock on one fixed key, then `max(sequence) + 1`. The
 *   lock is released at commit or rollback, so the next publication reads the committed maximum.
 * - SQLite: Galley runs one write transaction at a time (src/db/oneWriterAtATime), and SQLite one
 *   writer per file; `max(sequence) + 1` inside it is already serialised.
 * - MongoDB: a counter document incremented in the transaction; two publications at once conflict
 *   on it and the second is retried or refused, never numbered twice.
 * The unique index on `sequence` is the backstop everywhere: a number given twice fails the insert.
 * Outside a transaction (a script importing content) there is no turn to keep; the index still
 * refuses a duplicate.
 */
export const allocateSequence = async ({ req }: { req: PayloadRequest }): Promise<number> => {
  const { payload } = req
  const transactionId = await req.transactionID

  if (payload.db.name === 'mongoose') {
    const session = transactionId === undefined ? undefined : payload.db.sessions?.[transactionId]
    const counter = await payload.db.connection
      .collection<{ _id: string; value: number }>(COUNTERS)
      .findOneAndUpdate({ _id: 'revisions' }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after', session })
    if (!counter) throw new Error('the publication counter could not be incremented')
    return counter.value
  }

  if (payload.db.name === 'postgres' && transactionId !== undefined) {
    const session = (payload.db as unknown as DrizzleSessions).sessions?.[String(transactionId)]
    if (!session) throw new Error('allocateSequence runs in the publishing transaction, which has no session')
    await session.db.execute(sql`select pg_advisory_xact_lock(${PUBLICATION_LOCK_KEY.toString()}::bigint)`)
  }

  const { docs } = await payload.find({
    collection: 'revisions',
    sort: '-sequence',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { sequence: true },
    req,
    overrideAccess: true,
  })
  return (docs[0]?.sequence ?? 0) + 1
}
