import type { PayloadRequest } from 'payload'

import { taskSlugs } from '@collections/slugs'

import type { Ref } from './loadReviewContext'

type Args = { req: PayloadRequest; ref: Ref; round: number; at: string }

/**
 * Queues the publication of an approved round for `at`, in the request's transaction. The job runs
 * the domain's `run-scheduled-publish` when due (src/jobs/publishScheduled.ts), which publishes
 * nothing if the change was edited, withdrawn, rescheduled or published since.
 */
export const queueScheduledPublication = ({ req, ref, round, at }: Args) =>
  req.payload.jobs.queue({
    task: taskSlugs.publishScheduled,
    input: { collection: ref.collection, id: String(ref.id), round },
    waitUntil: new Date(at),
    req,
  })
