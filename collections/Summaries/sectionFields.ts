import type { Field } from 'payload'

import { sectionTypeLabels, sectionTypes } from '@/domain/revisions/content'
import { pdqLocalIdSchema, pdqSectionExtrasSchema } from '@/domain/pdq/galley/schema'
import { zodValidate } from '@/fields/zodValidate'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'

import { optionsOf } from '../shared/options'

/**
 * A summary section's fields: a row of the summary's `sections`, and the form of a section edit (one
 * section of a long summary, edited on its own: collections/SectionEdits.ts).
 */
export const sectionFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'title',
        type: 'text',
        maxLength: 300,
        admin: { width: '60%', description: 'Leave empty for text that continues the section above without a heading.' },
      },
      {
        name: 'level',
        type: 'number',
        required: true,
        defaultValue: 1,
        min: 1,
        max: 8,
        admin: { width: '15%', description: '1 = top-level section, 2 = its subsection, …' },
      },
      {
        name: 'pdqId',
        label: 'Section id',
        type: 'text',
        maxLength: 40,
        validate: zodValidate(pdqLocalIdSchema),
        admin: { width: '25%', description: 'Kept from PDQ (_254): links to this section use it.' },
      },
    ],
  },
  { name: 'sectionType', type: 'select', required: true, defaultValue: 'other', options: optionsOf(sectionTypes, sectionTypeLabels) },
  {
    name: 'keyPoints',
    type: 'array',
    labels: { singular: 'Key point', plural: 'Key points' },
    fields: [{ name: 'text', type: 'textarea', required: true, maxLength: 1000 }],
  },
  // Empty when the section only introduces its subsections (PDQ has many).
  { name: 'body', type: 'richText', validate: validateRichTextLinks },
  { name: 'pdq', type: 'json', admin: { hidden: true }, validate: zodValidate(pdqSectionExtrasSchema) },
]
