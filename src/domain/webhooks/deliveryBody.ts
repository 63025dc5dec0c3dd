import type { WebhookEvent } from './schemas'

import { webhookEventSchema } from './schemas'

/** A publication or retirement, as the publishing path announces it. */
export type RevisionEvent = {
  /** Unique per event; becomes the delivery's `id`. */
  id: string
  kind: 'published' | 'retired'
  /** The collection slug. */
  type: string
  slug: string
  version: number
  /** ISO date-time of the publication or retirement. */
  at: string
  /** The revision's numbered feed URL. */
  url: string
}

type Args = { event: RevisionEvent }

/** The delivery body for an event (validated, so a malformed event is never sent). */
export const deliveryBodyFor = ({ event }: Args): WebhookEvent =>
  webhookEventSchema.parse({
    id: event.id,
    type: `revision.${event.kind}`,
    createdAt: event.at,
    data: { type: event.type, slug: event.slug, version: event.version, url: event.url },
  })

type SerializeArgs = { event: WebhookEvent }

/**
 * The exact bytes sent: keys in the schema's order, whatever order storage gave them back in (the
 * job queue keeps the body as JSON, and PostgreSQL's jsonb reorders keys).
 */
export const serializeDelivery = ({ event }: SerializeArgs): string => JSON.stringify(webhookEventSchema.parse(event))
