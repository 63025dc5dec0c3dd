import fs from 'node:fs'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

const openDescriptors = () => fs.readdirSync('/proc/self/fd').length

/**
 * Write transactions must not cost the process anything that lasts: @libsql/client leaked a database
 * and a WAL handle per transaction (see src/db/sqliteWriteConnection.ts), which stopped the PDQ corpus
 * import after some 10,000 of them. PostgreSQL's pool is bounded by construction; the test holds for both.
 */
describe('database transactions', () => {
  it('leave no file descriptors open, however many run', async () => {
    const payload = await testPayload()
    const run = async (commit: boolean) => {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      await payload.find({ collection: 'boards', limit: 1, depth: 0, req })
      await (commit ? commitTransaction(req) : killTransaction(req))
    }
    for (let i = 0; i < 10; i++) await run(true)
    const before = openDescriptors()
    for (let i = 0; i < 300; i++) await run(i % 3 !== 0)
    expect(openDescriptors() - before).toBeLessThan(10)
  })

  it('keep the busy timeout on the connection reads use after a transaction', async () => {
    const payload = await testPayload()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await commitTransaction(req)
    const db = payload.db as unknown as { client?: { execute: (sql: string) => Promise<{ rows: Array<Record<string, unknown>> }> } }
    if (!db.client) return expect(payload.db.name).toBe('postgres')
    const { rows } = await db.client.execute('PRAGMA busy_timeout')
    expect(Number(Object.values(rows[0])[0])).toBe(10_000)
  })
})
