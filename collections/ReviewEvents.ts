import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/staffOnly'

import { slugs } from './slugs'

const nobody = () => false

/**
 * The audit trail: append-only. Nobody can create, change or delete an event through any API,
 * admins included; Galley's review code appends them in the same transaction as the change.
 */
export const ReviewEvents: CollectionConfig = {
  slug: slugs.reviewEvents,
  admin: {
    group: 'Review',
    defaultColumns: ['createdAt', 'docKey', 'action', 'fromState', 'toState', 'round', 'actor'],
    description: 'Every review decision, permanently. Events cannot be edited or deleted.',
  },
  defaultSort: '-createdAt',
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'docKey', type: 'text', required: true, index: true },
    { name: 'reviewedCollection', type: 'text', required: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'actor', type: 'relationship', relationTo: slugs.users },
    { name: 'actorRoles', type: 'json' },
    {
      name: 'actedAs',
      type: 'group',
      admin: { description: 'Who acted, as they were at the time: kept as written whatever later happens to the account.' },
      fields: [
        { name: 'userId', type: 'text' },
        { name: 'name', type: 'text' },
        { name: 'email', type: 'text' },
      ],
    },
    { name: 'action', type: 'text', required: true },
    { name: 'fromState', type: 'text', required: true },
    { name: 'toState', type: 'text', required: true },
    { name: 'round', type: 'number', required: true },
    { name: 'decision', type: 'text' },
    { name: 'changeType', type: 'text' },
    { name: 'comment', type: 'textarea' },
    { name: 'contentHash', type: 'text' },
  ],
}
