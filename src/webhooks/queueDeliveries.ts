import type { PayloadRequest } from 'payload'

import type { RevisionEvent } from '@/domain/webhooks'

import { slugs } from '@collections/slugs'
import { deliveryBodyFor, subscriberWants } from '@/domain/webhooks'

import { queueDeliveryAttempt } from './queueDeliveryAttempt'

type Args = {
  /** The publishing request: the jobs are queued in its transaction, so a rolled-back publish sends nothing. */
  req: PayloadRequest
  event: RevisionEvent
}

/**
 * Queues the delivery of a publication or retirement to every active subscription that wants the
 * document's type: one `deliver-webhook` job each, due now (src/jobs/deliverWebhook.ts sends it and
 * retries it). Returns how many were queued.
 */
export const queueWebhookDeliveries = async ({ req, event }: Args): Promise<{ queued: number }> => {
  const body = deliveryBodyFor({ event })
  const { docs } = await req.payload.find({
    collection: slugs.webhookSubscriptions,
    where: { active: { equals: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const subscribers = docs.filter((subscription) => subscriberWants({ types: subscription.types, eventType: event.type }))
  for (const subscription of subscribers) {
    await queueDeliveryAttempt({ req, subscriptionId: subscription.id, body, attempt: 1 })
  }
  return { queued: subscribers.length }
}
