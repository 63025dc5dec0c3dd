import type { CollectionConfig } from 'payload'

import { randomBytes } from 'node:crypto'

import { adminsOnly } from '@/access/adminsOnly'
import { MIN_SECRET_LENGTH, subscriberSecretSchema } from '@/domain/webhooks'
import { zodValidate } from '@/fields/zodValidate'
import { validateSubscriberUrl } from '@/webhooks/validateSubscriberUrl'

import { reviewedCollections, slugs } from './slugs'

/**
 * Partners told about every publication and retirement (src/webhooks, src/jobs/deliverWebhook.ts).
 * Only admins see or change them, since a subscription carries the secret deliveries are signed with.
 */
export const WebhookSubscriptions: CollectionConfig = {
  slug: slugs.webhookSubscriptions,
  admin: {
    group: 'Feed',
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'types', 'active'],
    description: 'Partners sent a signed JSON POST when a document is published or retired. Every attempt is logged in Webhook deliveries.',
  },
  access: { read: adminsOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 160 },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      validate: validateSubscriberUrl,
      admin: {
        description:
          'Where deliveries are POSTed (http:// or https://, not an internal address unless allowed in Editorial settings). Any 2xx answer counts as delivered.',
      },
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      validate: zodValidate(subscriberSecretSchema, { required: true }),
      defaultValue: () => randomBytes(32).toString('hex'),
      admin: {
        disableListColumn: true,
        disableListFilter: true,
        description: `Shared with the partner, who checks Galley-Signature with it (at least ${MIN_SECRET_LENGTH} characters). A random one is filled in.`,
      },
    },
    {
      name: 'types',
      type: 'select',
      hasMany: true,
      options: [...reviewedCollections],
      admin: { description: 'Which document types to send. None selected: every type.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { description: 'Inactive subscriptions are sent nothing.' } },
  ],
}
