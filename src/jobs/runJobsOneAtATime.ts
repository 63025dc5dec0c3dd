import type { Payload } from 'payload'

/**
 * On SQLite, the job queue runs its due jobs one after another instead of all at once.
 *
 * SQLite has one writer at a time, and libsql's local driver is synchronous: it cannot wait for a
 * lock held by another transaction of the same process, so a second concurrent write fails at once
 * with SQLITE_BUSY, and the failed statement keeps the connection locked afterwards
 * (tursodatabase/libsql-client-ts#288, #352). Payload's runner starts every due job of a run
 * together, and its cron (`jobs.autoRun`) has no option to do otherwise; webhook fan-out queues a
 * job per subscriber, so their writes would collide. Every run, the cron's and the tests'
 * `payload.jobs.run()`, is made sequential here. PostgreSQL and MongoDB keep running jobs concurrently.
 */
export const runJobsOneAtATime = (payload: Payload): void => {
  if (payload.db.name !== 'sqlite') return
  const run = payload.jobs.run
  payload.jobs.run = (args) => run({ ...args, sequential: true })
}
