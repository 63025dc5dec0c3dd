import type { CollectionConfig } from 'payload'

import { doiSchema, pmidSchema, referenceKindLabels, referenceKinds, urlSchema } from '@/domain/references/schema'
import { zodValidate } from '@/fields/zodValidate'
import { slugField } from '@/fields/slugField'

import { optionsOf } from '../shared/options'
import { reviewed } from '../shared/reviewed'
import { slugs } from '../slugs'
import { computeCitation } from './hooks/computeCitation'
import { requiredUnlessCitedAs } from './hooks/requiredUnlessCitedAs'

export const References: CollectionConfig = reviewed({
  slug: slugs.references,
  labels: { singular: 'Reference', plural: 'References' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['citation', 'year', 'lastReviewedAt', 'keyReference'],
    listSearchableFields: ['title', 'pmid', 'doi', 'citation'],
  },
  hooks: { beforeChange: [computeCitation] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'journal-article',
      options: optionsOf(referenceKinds, referenceKindLabels),
    },
    {
      name: 'authors',
      type: 'array',
      labels: { singular: 'Author', plural: 'Authors' },
      admin: { description: 'In NLM form, e.g. "Casali PG", or an organisation as written.' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 200 }],
    },
    { name: 'title', type: 'text', required: true, maxLength: 1000 },
    slugField({ from: 'title' }),
    {
      type: 'row',
      fields: [
        { name: 'journal', type: 'text', maxLength: 300, admin: { description: 'NLM abbreviation' } },
        { name: 'bookTitle', type: 'text', maxLength: 500 },
      ],
    },
    {
      name: 'editors',
      type: 'array',
      admin: { condition: (_, sibling) => sibling?.kind === 'book-chapter' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 200 }],
    },
    {
      type: 'row',
      fields: [
        { name: 'edition', type: 'text', maxLength: 40 },
        { name: 'publisher', type: 'text', maxLength: 300 },
        { name: 'publisherPlace', type: 'text', maxLength: 200 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          min: 1800,
          max: 2100,
          validate: requiredUnlessCitedAs('year'),
          admin: { description: 'Required, except for a reference kept as PDQ cited it (below) that names no year.' },
        },
        { name: 'volume', type: 'text', maxLength: 40 },
        { name: 'issue', type: 'text', maxLength: 40 },
        { name: 'pages', type: 'text', maxLength: 40 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'pmid',
          label: 'PMID',
          type: 'text',
          unique: true,
          index: true,
          validate: zodValidate(pmidSchema),
        },
        { name: 'doi', label: 'DOI', type: 'text', validate: zodValidate(doiSchema) },
      ],
    },
    { name: 'url', label: 'URL', type: 'text', validate: zodValidate(urlSchema) },
    { name: 'accessedAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'lastReviewedAt',
      type: 'date',
      required: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description: 'When the board last checked this reference.',
      },
    },
    { name: 'lastReviewedBy', type: 'relationship', relationTo: slugs.users, admin: { position: 'sidebar' } },
    { name: 'keyReference', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'retracted', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
    {
      name: 'citedAs',
      label: 'Cited as (PDQ)',
      type: 'textarea',
      maxLength: 4000,
      admin: {
        description:
          'The citation exactly as the imported PDQ summary formats it. While set, readers and the PDQ export see this text instead of the one formatted from the fields.',
      },
    },
    {
      name: 'citation',
      type: 'textarea',
      admin: { readOnly: true, description: 'NLM style, computed from the fields above.' },
    },
  ],
})
