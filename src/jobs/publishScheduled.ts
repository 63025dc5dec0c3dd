import type { TaskConfig } from 'payload'

import { getCurrentDate } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'

import { reviewedCollections, taskSlugs } from '@collections/slugs'
import { systemActor } from '@/domain/workflow'
import { docKey } from '@/review/reviewStore'
import { takeReviewAction } from '@/review/takeReviewAction'

type PublishScheduled = {
  input: { collection: ReviewedCollection; id: string; round: number }
  output: { outcome: 'published' | 'skipped'; reason?: string }
}

/**
 * Publishes an approved round at the time an editor chose (queued by `queueScheduledPublication`
 * with `waitUntil`). The domain decides as the system actor, through the same path as the review
 * endpoints, on the job queue's clock (the one that decided the job was due); if the change was
 * edited, withdrawn, rescheduled or already published since, or the document deleted, it refuses,
 * and the job ends as skipped (in its output and the log), never as an error to retry. Only
 * unexpected failures (the database, say) are retried, a few times.
 */
export const publishScheduled: TaskConfig<PublishScheduled> = {
  slug: taskSlugs.publishScheduled,
  label: 'Publish a scheduled change',
  inputSchema: [
    { name: 'collection', type: 'select', options: [...reviewedCollections], required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'round', type: 'number', required: true },
  ],
  outputSchema: [
    { name: 'outcome', type: 'select', options: ['published', 'skipped'], required: true },
    { name: 'reason', type: 'text' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const ref = { collection: input.collection, id: input.id }
    const what = `scheduled publication of ${docKey(ref)} (round ${input.round})`
    const skipped = (reason: string) => {
      req.payload.logger.info(`${what} skipped: ${reason}`)
      return { output: { outcome: 'skipped' as const, reason } }
    }
    const outcome = await takeReviewAction({
      req,
      ref,
      action: { type: 'run-scheduled-publish', round: input.round },
      actor: systemActor,
      now: getCurrentDate,
    })
    if (!outcome.ok) return skipped(outcome.message)
    req.payload.logger.info(`${what}: published`)
    return { output: { outcome: 'published' as const } }
  },
}
