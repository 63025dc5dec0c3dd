import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { staffOnly } from '@/access/staffOnly'

import { slugs } from './slugs'

/**
 * Published revisions: what the public site and the feed serve. One row per publication or
 * retirement of a document, numbered 1, 2, 3 … per document, hash-chained to the previous one.
 * Written only by Galley's publishing path in the publish's transaction; no role can change or
 * delete a revision through any API. `sequence`, which Galley assigns in the publishing transaction,
 * orders the feed's change log on every database (never the row id: MongoDB's ids are not numbers).
 */
export const Revisions: CollectionConfig = {
  slug: slugs.revisions,
  admin: {
    group: 'Review',
    useAsTitle: 'label',
    defaultColumns: ['label', 'kind', 'publishedAt', 'hash'],
    description: 'Every published version, immutable. The feed and the public site read only these.',
  },
  defaultSort: '-createdAt',
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  indexes: [
    { fields: ['type', 'slug', 'version'], unique: true },
    // Publishing reads a document's latest revision, and those of the documents it links to, by id.
    { fields: ['type', 'documentId', 'version'], unique: true },
  ],
  fields: [
    { name: 'label', type: 'text', required: true, admin: { readOnly: true, description: 'type/slug v{n}' } },
    { name: 'type', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'slug', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'documentId', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'version', type: 'number', required: true, admin: { readOnly: true } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['published', 'retired'],
      admin: { readOnly: true },
    },
    { name: 'publishedAt', type: 'date', required: true, admin: { readOnly: true } },
    { name: 'hash', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    { name: 'previousHash', type: 'text', admin: { readOnly: true } },
    {
      name: 'sequence',
      type: 'number',
      required: true,
      unique: true,
      admin: { readOnly: true, description: "Its place in the feed's change log (changes.json event id)." },
    },
    {
      name: 'size',
      type: 'number',
      required: true,
      admin: { readOnly: true, description: 'Bytes of the revision as the feed serves it.' },
    },
    {
      name: 'listing',
      type: 'json',
      required: true,
      admin: { readOnly: true, description: 'What the published store keeps in memory: the bookkeeping and a few content fields.' },
    },
    { name: 'revision', type: 'json', required: true, admin: { readOnly: true, description: 'The revision as the feed serves it.' } },
  ],
}
