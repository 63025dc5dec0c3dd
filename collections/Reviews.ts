import type { CollectionConfig } from 'payload'

import { redactedDeliberationField } from '@/access/deliberationReaders'
import { nobody } from '@/access/nobody'
import { staffOnly } from '@/access/staffOnly'
import { reviewStates } from '@/domain/workflow'
import { hideDeliberation } from '@/hooks/hideDeliberation'

import { slugs } from './slugs'

/**
 * The current review of each reviewed document: its state, round, submitter and votes. Written only
 * by Galley's review endpoints and hooks (never through the API), one row per document. Readers
 * outside the document's board get the review without the board's words (`hideDeliberation`).
 */
export const Reviews: CollectionConfig = {
  slug: slugs.reviews,
  admin: {
    useAsTitle: 'docKey',
    group: 'Review',
    defaultColumns: ['docKey', 'state', 'round', 'updatedAt'],
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'docKey', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'reviewedCollection', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'documentId', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'board', type: 'relationship', relationTo: slugs.boards, admin: { readOnly: true } },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      options: reviewStates.map((value) => ({ value, label: value })),
      admin: { readOnly: true },
    },
    { name: 'round', type: 'number', required: true, admin: { readOnly: true } },
    { name: 'submittedBy', type: 'relationship', relationTo: slugs.users, index: true, admin: { readOnly: true } },
    {
      name: 'review',
      type: 'json',
      required: true,
      access: { read: redactedDeliberationField },
      hooks: { afterRead: [hideDeliberation] },
      admin: { readOnly: true },
    },
  ],
}
