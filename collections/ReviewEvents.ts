import type { CollectionConfig } from 'payload'

import { deliberationField } from '@/access/deliberationReaders'
import { nobody } from '@/access/nobody'
import { staffOnly } from '@/access/staffOnly'

import { slugs } from './slugs'

/**
 * The audit trail: append-only. Nobody can create, change or delete an event through any API,
 * admins included; Galley's review code appends them in the same transaction as the change. Every
 * member of staff reads the steps; a comment or note only those who may read the deliberation of
 * the event's board (`mayReadDeliberation`).
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
    {
      name: 'board',
      type: 'relationship',
      relationTo: slugs.boards,
      index: true,
      admin: { description: 'The board responsible for the document when the event happened.' },
    },
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
    { name: 'comment', type: 'textarea', access: { read: deliberationField } },
    {
      name: 'publicNote',
      type: 'textarea',
      access: { read: deliberationField },
      admin: { description: 'What readers were to be told about the change (submissions only).' },
    },
    { name: 'contentHash', type: 'text' },
  ],
}
