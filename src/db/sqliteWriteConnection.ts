import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from '@libsql/client'

import { createClient } from '@libsql/client'

type Options = { url: string; busyTimeout: number; synchronous?: string }

/**
 * Gives a libsql client's transactions one long-lived connection of their own.
 *
 * `@libsql/client` (0.14, still so upstream: libsql-client-ts#350, libsql-js#230) runs a local
 * transaction on the client's current connection and detaches it: the next query opens a fresh
 * connection, without the `busy_timeout` and `synchronous` pragmas Payload set on the first, and the
 * transaction's connection is never closed. Every write transaction leaked a database and a WAL file
 * handle and its page cache: the PDQ corpus import stopped after some 10,000 transactions with
 * "SQLITE_CANTOPEN: unable to open database file" (the process's 20,000 descriptors used up) at 13 GB,
 * and a server with the common limit of 1,024 descriptors would stop after about 500 writes.
 *
 * Here transactions run on one more connection, opened once with the same pragmas and kept. Galley
 * runs one write transaction at a time per process (`oneWriterAtATime`), so one connection is enough;
 * reads outside a transaction stay on the client's own connection and never see uncommitted writes.
 */
export const transactionsOnOwnConnection = (client: Client, { url, busyTimeout, synchronous }: Options): void => {
  let writer: Promise<Client> | null = null
  const connection = () =>
    (writer ??= (async () => {
      const db = createClient({ url })
      if (busyTimeout > 0) await db.execute(`PRAGMA busy_timeout = ${busyTimeout}`)
      if (synchronous) await db.execute(`PRAGMA synchronous = ${synchronous}`)
      return db
    })())

  const begin: Record<TransactionMode, string> = {
    write: 'BEGIN IMMEDIATE',
    read: 'BEGIN TRANSACTION READONLY',
    deferred: 'BEGIN DEFERRED',
  }

  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const db = await connection()
    await db.execute(begin[mode])
    let open = true
    const whileOpen = () => {
      if (!open) throw new Error('The transaction is closed')
    }
    return {
      execute: (stmt: InStatement): Promise<ResultSet> => (whileOpen(), db.execute(stmt)),
      batch: async (stmts: InStatement[]): Promise<ResultSet[]> => {
        whileOpen()
        const results: ResultSet[] = []
        for (const stmt of stmts) results.push(await db.execute(stmt))
        return results
      },
      executeMultiple: (sql: string) => (whileOpen(), db.executeMultiple(sql)),
      commit: async () => {
        whileOpen()
        open = false
        try {
          await db.execute('COMMIT')
        } catch (error) {
          // A commit that failed leaves the transaction open on this connection: end it, report it.
          await db.execute('ROLLBACK').catch(() => undefined)
          throw error
        }
      },
      rollback: async () => {
        if (!open) return
        open = false
        await db.execute('ROLLBACK')
      },
      close: () => {
        if (!open) return
        open = false
        void db.execute('ROLLBACK').catch(() => undefined)
      },
      get closed() {
        return !open
      },
    }
  }
  const close = client.close.bind(client)
  client.close = () => {
    close()
    void writer?.then((db) => db.close())
  }
}
