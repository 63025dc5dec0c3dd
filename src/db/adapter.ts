import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'

import { runAfterCommit } from './afterCommit'
import { databaseKind, defaultSqliteUri } from './databaseKind'
import { oneWriterAtATime } from './oneWriterAtATime'

type Args = {
  uri?: string
  /** Project root: migrations live in `<root>/migrations/<kind>`. */
  root: string
}

/**
 * Chooses the database adapter from `DATABASE_URI`:
 * unset or `file:` → SQLite (embedded default), `postgres://` → PostgreSQL, `mongodb://` → MongoDB.
 * Schema push happens only under `next dev`; everywhere else the schema comes from migrations.
 */
export const databaseAdapter = ({ uri, root }: Args): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  const push = process.env.NODE_ENV === 'development'

  if (kind === 'postgres') {
    return runAfterCommit(
      postgresAdapter({
        pool: { connectionString: uri },
        migrationDir: path.join(root, 'migrations', 'postgres'),
        push,
      }),
    )
  }

  if (kind === 'mongodb') {
    // Transactions need a replica set; docker-compose.yml starts MongoDB as a single-node one.
    return runAfterCommit(mongooseAdapter({ url: uri as string, transactionOptions: {} }))
  }

  return runAfterCommit(
    oneWriterAtATime(
      sqliteAdapter({
        client: { url: uri || defaultSqliteUri },
        migrationDir: path.join(root, 'migrations', 'sqlite'),
        push,
        wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
        busyTimeout: 10_000,
        transactionOptions: {},
        // Ids are never reused: a deleted row's id never goes to a new one (reviews, revisions and the
        // audit trail refer to documents by id).
        autoIncrement: true,
      }),
    ),
  )
}
