/**
 * What Galley sends to webhook subscribers, and what an admin may register as one. The delivery
 * body schema is the single source of truth for the JSON a subscriber receives.
 */
import { z } from 'zod'

export const webhookEventTypes = ['revision.published', 'revision.retired'] as const
export type WebhookEventType = (typeof webhookEventTypes)[number]

/** The JSON body of every delivery. `id` is the event id: the same on every attempt, for idempotency. */
export const webhookEventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(webhookEventTypes),
  createdAt: z.iso.datetime({ offset: true }),
  data: z.object({
    /** The collection slug: summaries, stages, treatments, drugs or references. */
    type: z.string().min(1),
    slug: z.string().min(1),
    version: z.number().int().positive(),
    /** The revision's numbered feed URL. */
    url: z.url({ protocol: /^https?$/ }),
  }),
})

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
