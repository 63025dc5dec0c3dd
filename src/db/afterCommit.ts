import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

type TransactionId = number | string
type Task = (payload: Payload) => Promise<void> | void

/** Tasks waiting for their transaction, kept on the adapter itself (the Next bundle and Node share it). */
const KEY = Symbol.for('galley.afterCommit')

const waitingOn = (db: object): Map<TransactionId, Task[]> => {
  const holder = db as Record<symbol, Map<TransactionId, Task[]> | undefined>
  holder[KEY] ??= new Map()
  return holder[KEY]
}

const run = async (payload: Payload, tasks: Task[]) => {
  for (const task of tasks) {
    try {
      await task(payload)
    } catch (error) {
      // What was decided is committed; a failed follow-up (an email) must not turn it into an error.
      payload.logger.error({ err: error, msg: 'a task run after commit failed' })
    }
  }
}

/**
 * Runs `task` once the request's transaction has committed — whoever commits it: Galley's review
 * door or Payload's own save operation — and never if it rolls back. With no transaction (a database
 * without them), it runs at once. Tasks get the Payload instance, not the request, whose transaction
 * is over by then.
 */
export const afterCommit = async (req: PayloadRequest, task: Task): Promise<void> => {
  const id = await req.transactionID
  if (id === undefined || id === null) return run(req.payload, [task])
  const waiting = waitingOn(req.payload.db)
  waiting.set(id, [...(waiting.get(id) ?? []), task])
}

/** Makes the adapter run each transaction's `afterCommit` tasks once its commit has succeeded. */
export const runAfterCommit = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter: BaseDatabaseAdapter = adapterObj.init(args)
    const { commitTransaction: commit, rollbackTransaction: rollback } = adapter
    const waiting = waitingOn(adapter)

    adapter.commitTransaction = async function (this: BaseDatabaseAdapter, incoming: TransactionId | Promise<TransactionId>) {
      const id = await incoming
      let committed = false
      try {
        await commit.call(this, id)
        committed = true
      } finally {
        const tasks = waiting.get(id) ?? []
        waiting.delete(id)
        if (committed) await run(adapter.payload, tasks)
      }
    }
    adapter.rollbackTransaction = async function (this: BaseDatabaseAdapter, incoming: TransactionId | Promise<TransactionId>) {
      const id = await incoming
      waiting.delete(id)
      await rollback.call(this, id)
    }
    return adapter
  },
})
