import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/adminsOnly'
import { nobody } from '@/access/nobody'
import { webhookEventTypes } from '@/domain/webhooks'

import { slugs } from './slugs'

const deliveryStatuses = ['pending', 'succeeded', 'failed'] as const

/**
 * The delivery log: one row per attempt to deliver one event to one subscription, written only by
 * the `deliver-webhook` job. `pending` while the request is in flight (and if the process stopped
 * during it); `failed` rows say when the next attempt is due, if there is one.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: slugs.webhookDeliveries,
  admin: {
    group: 'Feed',
    useAsTitle: 'eventId',
    defaultColumns: ['createdAt', 'subscription', 'eventType', 'docType', 'slug', 'version', 'attempt', 'status', 'responseStatus'],
    description: 'Every attempt to deliver a webhook, with the partner’s answer. Written by the job queue only.',
  },
  defaultSort: '-createdAt',
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  // Each attempt is made once, however many instances picked up its job: the first to log it makes it.
  indexes: [{ fields: ['eventId', 'subscription', 'attempt'], unique: true }],
  fields: [
    { name: 'subscription', type: 'relationship', relationTo: slugs.webhookSubscriptions, index: true },
    { name: 'url', type: 'text', admin: { description: 'The subscription’s URL at the time of the attempt.' } },
    { name: 'eventId', type: 'text', required: true, index: true },
    { name: 'eventType', type: 'select', required: true, options: [...webhookEventTypes] },
    { name: 'docType', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true, index: true },
    { name: 'version', type: 'number', required: true },
    { name: 'attempt', type: 'number', required: true, min: 1 },
    { name: 'status', type: 'select', required: true, options: [...deliveryStatuses], index: true },
    { name: 'responseStatus', type: 'number', admin: { description: 'The partner’s HTTP status, if it answered.' } },
    { name: 'error', type: 'textarea' },
    { name: 'durationMs', type: 'number' },
    {
      name: 'nextAttemptAt',
      type: 'date',
      admin: { description: 'When the next attempt is due; empty once delivered or given up.', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
