import type { CollectionConfig } from 'payload'

import { deliberationReaders } from '@/access/deliberationReaders'
import { nobody } from '@/access/nobody'
import { MAX_COMMENT_BODY_LENGTH } from '@/domain/comments'

import { slugs } from './slugs'

/**
 * The discussion of each document's review, threaded by `parent`. Comments are part of the record:
 * written only through `POST /api/{collection}/{id}/comments`, never changed or deleted through any
 * API, admins included.
 */
export const ReviewComments: CollectionConfig = {
  slug: slugs.reviewComments,
  admin: {
    group: 'Review',
    useAsTitle: 'docKey',
    defaultColumns: ['createdAt', 'docKey', 'round', 'author', 'body'],
    description: 'Comments on review rounds, visible to the document’s board and to staff. They cannot be edited or deleted.',
  },
  defaultSort: 'createdAt',
  access: { read: deliberationReaders, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'docKey', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'reviewedCollection', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'documentId', type: 'text', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'board',
      type: 'relationship',
      relationTo: slugs.boards,
      required: true,
      index: true,
      admin: { readOnly: true, description: 'The board responsible for the document when the comment was written.' },
    },
    { name: 'round', type: 'number', required: true, admin: { readOnly: true } },
    { name: 'author', type: 'relationship', relationTo: slugs.users, required: true, admin: { readOnly: true } },
    { name: 'body', type: 'textarea', required: true, maxLength: MAX_COMMENT_BODY_LENGTH, admin: { readOnly: true } },
    { name: 'parent', type: 'relationship', relationTo: slugs.reviewComments, index: true, admin: { readOnly: true } },
  ],
}
