import type { Client } from '@libsql/client'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { APIError } from 'payload'

import { transactionsOnOwnConnection } from './sqliteWriteConnection'
import { WriteLock, WriteLockTimeoutError } from './writeLock'

/** How long a write waits for the one before it; libsql's own busy timeout is the same. */
const WAIT_MS = 10_000

type TransactionId = number | string

/** What the SQLite adapter keeps that the write connection needs (`@payloadcms/db-sqlite`'s connect). */
type SqliteAdapterParts = BaseDatabaseAdapter & {
  client?: Client
  clientConfig?: { url?: unknown }
  busyTimeout?: number
  wal?: false | { synchronous: string }
}

const installed = new WeakSet<Client>()

/**
 * On SQLite, one write transaction at a time per process. libsql cannot make a second transaction
 * of the same process wait for the first: BEGIN fails with SQLITE_BUSY, that connection is left
 * unable to commit, and Payload's commitTransaction swallows the failed commit — so a publication
 * could answer 200 having written nothing. Here every transaction queues for the one before it
 * (first come, first served) and, after WAIT_MS, gives up with a 503 the client may retry. The
 * transactions run on a connection of their own (see `sqliteWriteConnection.ts`).
 */
export const oneWriterAtATime = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter: BaseDatabaseAdapter = adapterObj.init(args)
    const { beginTransaction: begin, commitTransaction: commit, rollbackTransaction: rollback } = adapter
    if (!begin) return adapter
    const connect = adapter.connect
    if (connect)
      adapter.connect = async function (this: SqliteAdapterParts, options) {
        await connect.call(this, options)
        if (this.client && !installed.has(this.client)) {
          installed.add(this.client)
          transactionsOnOwnConnection(this.client, {
            url: String(this.clientConfig?.url ?? ''),
            busyTimeout: this.busyTimeout ?? 0,
            synchronous: this.wal ? this.wal.synchronous : undefined,
          })
        }
      }
    const lock = new WriteLock(WAIT_MS)
    const releases = new Map<TransactionId, () => void>()

    const end = (finish: typeof commit) =>
      async function (this: BaseDatabaseAdapter, incoming: TransactionId | Promise<TransactionId>) {
        const id = await incoming
        try {
          await finish.call(this, id)
        } finally {
          releases.get(id)?.()
          releases.delete(id)
        }
      }

    adapter.beginTransaction = async function (this: BaseDatabaseAdapter, options) {
      let release: () => void
      try {
        release = await lock.acquire()
      } catch (error) {
        if (error instanceof WriteLockTimeoutError)
          throw new APIError(`The database is busy: ${error.message}. Try again in a moment.`, 503, undefined, true)
        throw error
      }
      try {
        const id = await begin.call(this, options)
        if (id === null) release()
        else releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    adapter.commitTransaction = end(commit)
    adapter.rollbackTransaction = end(rollback)
    return adapter
  },
})
