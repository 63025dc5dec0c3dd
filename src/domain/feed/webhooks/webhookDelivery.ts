import type { ChangeEvent } from '../changeEvent'

import { z } from 'zod'

import { revisionTypeSchema } from '../../revisions/revisionTypes'
import { slugSchema } from '../../text/slug'
import { feedUrls } from '../feedPaths'

export const webhookEventTypes = ['revision.published', 'revision.retired'] as const

/** The JSON body of every webhook delivery. */
export const webhookDeliverySchema = z
  .strictObject({
    id: z.string().regex(/^[1-9]\d*$/).describe('The change event id: the same on every attempt, so a receiver can drop duplicates'),
    type: z.enum(webhookEventTypes),
    createdAt: z.iso.datetime({ offset: true }).describe('When the revision was published or retired'),
    data: z.strictObject({
      type: revisionTypeSchema,
      slug: slugSchema,
      version: z.int().min(1),
      url: z.string().describe("The revision's numbered (immutable) feed URL"),
    }),
  })
  .meta({ id: 'WebhookDelivery', title: 'Webhook delivery' })

export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>

type Args = { event: ChangeEvent; origin: string }

/** What subscribers are sent about a change event. */
export const buildDelivery = ({ event, origin }: Args): WebhookDelivery => ({
  id: event.id,
  type: event.kind === 'retired' ? 'revision.retired' : 'revision.published',
  createdAt: event.at,
  data: {
    type: event.type,
    slug: event.slug,
    version: event.version,
    url: feedUrls({ origin, type: event.type, slug: event.slug, version: event.version }).version,
  },
})
