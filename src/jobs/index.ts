import type { JobsConfig, PayloadRequest } from 'payload'

import { nobody } from '@/access/nobody'
import { isAdmin } from '@/domain/people/roles'

import { deliverWebhook } from './deliverWebhook'
import { publishScheduled } from './publishScheduled'

const admins = ({ req }: { req: PayloadRequest }) => isAdmin(req.user)

/**
 * Payload's job queue. It carries scheduled publications (a job per scheduled round, queued with
 * `waitUntil`) and webhook deliveries (a job per attempt, retries queued with `waitUntil`), picked
 * up by the cron below once due (every minute, so a publication goes live within
 * a minute of its time) in the process that serves the app (`npm start`). GALLEY_JOBS_CRON sets
 * another schedule (croner syntax; six fields count seconds: `0-59/5 * * * * *` is every 5 seconds).
 * With several instances every one runs the queue: a scheduled publication publishes once (the
 * review's state is decided under a lock) and each webhook attempt is made once (claimAttempt).
 */
export const jobs: JobsConfig = {
  tasks: [publishScheduled, deliverWebhook],
  autoRun: [{ cron: process.env.GALLEY_JOBS_CRON || '* * * * *', queue: 'default', limit: 10 }],
  // Completed jobs stay, with their output ("published", or "skipped" and why), for admins to read.
  deleteJobOnComplete: false,
  // The int tests run the queue themselves (`payload.jobs.run()`), at the moments they choose.
  shouldAutoRun: () => process.env.NODE_ENV !== 'test',
  // GET /api/payload-jobs/run and the Local API with overrideAccess: false: admins only.
  access: { run: admins, queue: admins, cancel: admins },
  // The jobs themselves: admins may read them (to see what ran or was skipped); nobody writes them
  // through the API. Galley queues them itself.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { read: admins, create: nobody, update: nobody, delete: nobody },
  }),
}
