/**
 * What Galley sends to webhook subscribers, and what an admin may register as one. The delivery
 * body schema is the single source of truth for the JSON a subscriber receives: deliveries are built
 * and re-read through it, and the feed's schema.json publishes it as `WebhookDelivery`.
 */
import { z } from 'zod'

import { revisionTypeSchema } from '../revisions/revisionTypes'
import { slugSchema } from '../text/slug'

export const webhookEventTypes = ['revision.published', 'revision.retired'] as const
export type WebhookEventType = (typeof webhookEventTypes)[number]

/** The JSON body of every delivery. Strict, so a body never carries a field schema.json does not define. */
export const webhookEventSchema = z
  .strictObject({
    // Not narrowed to digits: on MongoDB the revision's id, which becomes the event id, is an ObjectId.
    id: z
      .string()
      .min(1)
      .describe("The change event's id, as in changes.json: the same on every attempt, so a receiver can drop duplicates"),
    type: z.enum(webhookEventTypes),
    createdAt: z.iso.datetime({ offset: true }).describe('When the revision was published or retired'),
    data: z.strictObject({
      type: revisionTypeSchema,
      slug: slugSchema,
      version: z.int().min(1),
      url: z.url({ protocol: /^https?$/ }).describe("The revision's numbered (immutable) feed URL"),
    }),
  })
  // The name partners already know from schema.json (the collection of delivery attempts is another thing).
  .meta({ id: 'WebhookDelivery', title: 'Webhook delivery' })

export type WebhookEvent = z.infer<typeof webhookEventSchema>

/** A subscriber's endpoint: an absolute http or https URL. */
export const subscriberUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'url must be an absolute http:// or https:// URL',
})

export const MIN_SECRET_LENGTH = 16
export const MAX_SECRET_LENGTH = 256

/** The shared secret deliveries are signed with. */
export const subscriberSecretSchema = z
  .string()
  .min(MIN_SECRET_LENGTH, { error: `secret must be at least ${MIN_SECRET_LENGTH} characters` })
  .max(MAX_SECRET_LENGTH, { error: `secret must be at most ${MAX_SECRET_LENGTH} characters` })
