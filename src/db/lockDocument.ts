import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type DrizzleSessions = {
  name?: string
  sessions?: Record<string, { db: { execute: (query: ReturnType<typeof sql>) => Promise<unknown> } }>
}

/**
 * Makes the rest of this transaction the only one working on `key` until it ends, so that a decision
 * read inside it (a review's state and votes) is still true when it commits. On PostgreSQL a
 * transaction-scoped advisory lock; concurrent review actions on one document wait for each other.
 * On SQLite nothing is needed: Galley runs one write transaction at a time (src/db/oneWriterAtATime).
 * On MongoDB the second of two concurrent writes to the review fails with a write conflict instead.
 */
export const lockDocument = async ({ req, key }: { req: PayloadRequest; key: string }): Promise<void> => {
  const db = req.payload.db as unknown as DrizzleSessions
  if (db.name !== 'postgres') return
  const id = await req.transactionID
  const session = id === undefined ? undefined : db.sessions?.[String(id)]
  if (!session) throw new Error(`lockDocument(${key}) must run inside a transaction`)
  await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`)
}
