import type { PayloadRequest } from 'payload'

import type { WebhookEvent } from '@/domain/webhooks'

import { taskSlugs } from '@collections/slugs'

type Args = {
  req: PayloadRequest
  subscriptionId: string | number
  body: WebhookEvent
  attempt: number
  /** When the attempt is due; now when left out. */
  waitUntil?: Date
}

/** Queues one `deliver-webhook` job, in the request's transaction if it has one. */
export const queueDeliveryAttempt = ({ req, subscriptionId, body, attempt, waitUntil }: Args) =>
  req.payload.jobs.queue({
    task: taskSlugs.deliverWebhook,
    input: { subscriptionId: String(subscriptionId), event: body, attempt },
    waitUntil,
    req,
  })
