import type { PayloadRequest, TaskConfig } from 'payload'

import type { DeliveryResponse } from '@/webhooks/postDelivery'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { slugs, taskSlugs } from '@collections/slugs'
import { MAX_ATTEMPTS, nextAttemptAt, serializeDelivery, webhookEventSchema } from '@/domain/webhooks'
import { readAllowedHosts } from '@/webhooks/allowedHosts'
import { postDelivery } from '@/webhooks/postDelivery'
import { queueDeliveryAttempt } from '@/webhooks/queueDeliveryAttempt'

type DeliverWebhook = {
  input: { subscriptionId: string; event: unknown; attempt: number }
  output: {
    outcome: 'succeeded' | 'failed' | 'skipped'
    responseStatus?: number
    /** When the next attempt is due (ISO), after a failure that is not the last attempt. */
    nextAttemptAt?: string
    reason?: string
  }
}

type RecordArgs = {
  req: PayloadRequest
  deliveryId: string | number
  response: DeliveryResponse
  retryAt: Date | null
  retry: () => Promise<unknown>
}

/** Completes the attempt's log row and queues the next attempt, together or not at all. */
const recordOutcome = async ({ req, deliveryId, response, retryAt, retry }: RecordArgs) => {
  const shouldCommit = await initTransaction(req)
  try {
    await req.payload.update({
      collection: slugs.webhookDeliveries,
      id: deliveryId,
      data: {
        status: response.delivered ? 'succeeded' : 'failed',
        responseStatus: response.responseStatus ?? null,
        error: response.error ?? null,
        durationMs: response.durationMs,
        nextAttemptAt: retryAt?.toISOString() ?? null,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (retryAt) await retry()
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

type Attempt = { eventId: string; subscription: string | number; attempt: number }

/**
 * Logs the attempt as pending, or returns null when another instance already logged it: on several
 * instances two job runners can pick up the same job, and the unique index on (event, subscription,
 * attempt) lets only the first make the request.
 */
const claimAttempt = async <T>(req: PayloadRequest, create: () => Promise<T>, attempt: Attempt): Promise<T | null> => {
  try {
    return await create()
  } catch (error) {
    const { totalDocs } = await req.payload.count({
      collection: slugs.webhookDeliveries,
      where: {
        and: [
          { eventId: { equals: attempt.eventId } },
          { subscription: { equals: attempt.subscription } },
          { attempt: { equals: attempt.attempt } },
        ],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return null
    throw error
  }
}

/**
 * Sends one attempt of one event to one subscription (queued by `queueWebhookDeliveries`), and logs
 * it in `webhook-deliveries`: a `pending` row before the request, completed with the answer after.
 * On failure it queues the next attempt itself, due after `retryDelaySeconds(attempt)`, until
 * MAX_ATTEMPTS; Payload's own retries are off, so every attempt is exactly one job and one row. A
 * subscription deleted or deactivated in the meantime is sent nothing more.
 */
export const deliverWebhook: TaskConfig<DeliverWebhook> = {
  slug: taskSlugs.deliverWebhook,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'subscriptionId', type: 'text', required: true },
    { name: 'event', type: 'json', required: true },
    { name: 'attempt', type: 'number', required: true, min: 1 },
  ],
  outputSchema: [
    { name: 'outcome', type: 'select', options: ['succeeded', 'failed', 'skipped'], required: true },
    { name: 'responseStatus', type: 'number' },
    { name: 'nextAttemptAt', type: 'text' },
    { name: 'reason', type: 'text' },
  ],
  retries: 0,
  handler: async ({ input, req }) => {
    const event = webhookEventSchema.parse(input.event)
    const attempt = input.attempt
    const what = `webhook ${event.id} (${event.type} ${event.data.type}/${event.data.slug} v${event.data.version}) to subscription ${input.subscriptionId}, attempt ${attempt}/${MAX_ATTEMPTS}`

    const subscription = await req.payload.findByID({
      collection: slugs.webhookSubscriptions,
      id: input.subscriptionId,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    if (!subscription?.active) {
      const reason = subscription ? 'the subscription is inactive' : 'the subscription was deleted'
      req.payload.logger.info(`${what} skipped: ${reason}`)
      return { output: { outcome: 'skipped' as const, reason } }
    }

    const pending = await claimAttempt(
      req,
      () =>
        req.payload.create({
          collection: slugs.webhookDeliveries,
          data: {
            subscription: subscription.id,
            url: subscription.url,
            eventId: event.id,
            eventType: event.type,
            docType: event.data.type,
            slug: event.data.slug,
            version: event.data.version,
            attempt,
            status: 'pending',
          },
          depth: 0,
          overrideAccess: true,
          req,
        }),
      { eventId: event.id, subscription: subscription.id, attempt },
    )
    if (!pending) {
      const reason = 'another instance made this attempt'
      req.payload.logger.info(`${what} skipped: ${reason}`)
      return { output: { outcome: 'skipped' as const, reason } }
    }

    const response = await postDelivery({
      url: subscription.url,
      secret: subscription.secret,
      eventId: event.id,
      body: serializeDelivery({ event }),
      allowedHosts: await readAllowedHosts(req),
    })
    const retryAt = response.delivered ? null : nextAttemptAt({ attempt, failedAt: new Date() })
    await recordOutcome({
      req,
      deliveryId: pending.id,
      response,
      retryAt,
      retry: () =>
        queueDeliveryAttempt({ req, subscriptionId: subscription.id, body: event, attempt: attempt + 1, waitUntil: retryAt ?? undefined }),
    })

    if (response.delivered) {
      req.payload.logger.info(`${what}: delivered (HTTP ${response.responseStatus})`)
      return { output: { outcome: 'succeeded' as const, responseStatus: response.responseStatus } }
    }
    const next = retryAt ? `next attempt at ${retryAt.toISOString()}` : 'giving up'
    req.payload.logger.warn(`${what} failed: ${response.error}; ${next}`)
    return {
      output: {
        outcome: 'failed' as const,
        responseStatus: response.responseStatus,
        nextAttemptAt: retryAt?.toISOString(),
        reason: response.error,
      },
    }
  },
}
