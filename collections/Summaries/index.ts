import type { CollectionConfig } from 'payload'

import {
  audienceLabels,
  audiences,
  languageLabels,
  languages,
  sectionTypeLabels,
  sectionTypes,
  summaryTypeLabels,
  summaryTypes,
} from '@/domain/revisions/content'
import { createTranslation } from '@/endpoints/createTranslation'
import { slugField } from '@/fields/slugField'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'

import { draftPreviewUrl } from '../shared/draftPreviewUrl'
import { optionsOf } from '../shared/options'
import { reviewed } from '../shared/reviewed'
import { slugs } from '../slugs'

export const Summaries: CollectionConfig = reviewed({
  slug: slugs.summaries,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'language', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'cancerType'],
    preview: draftPreviewUrl(slugs.summaries),
  },
  endpoints: [createTranslation],
  fields: [
    {
      name: 'outOfDateNotice',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/OutOfDate/OutOfDateNotice#OutOfDateNotice' } },
    },
    {
      name: 'translationControls',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/Translation/TranslationControls#TranslationControls' } },
    },
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    slugField({ from: 'title' }),
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'patient',
          options: optionsOf(audiences, audienceLabels),
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'en',
          options: optionsOf(languages, languageLabels),
        },
        { name: 'summaryType', type: 'select', required: true, options: optionsOf(summaryTypes, summaryTypeLabels) },
      ],
    },
    { name: 'cancerType', type: 'text', required: true, maxLength: 200 },
    { name: 'description', type: 'textarea', maxLength: 1000 },
    {
      type: 'row',
      fields: [
        {
          name: 'translationOf',
          type: 'relationship',
          relationTo: slugs.summaries,
          admin: { description: 'For a Spanish summary: the English summary it translates.' },
        },
        {
          name: 'patientVersionOf',
          type: 'relationship',
          relationTo: slugs.summaries,
          admin: { description: 'For a patient summary: the health professional summary it is based on.' },
        },
      ],
    },
    {
      name: 'sections',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Section', plural: 'Sections' },
      admin: {
        description: 'Each section keeps its id when sections are reordered, so reviewers and partners can follow it.',
      },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 300 },
        { name: 'sectionType', type: 'select', required: true, defaultValue: 'other', options: optionsOf(sectionTypes, sectionTypeLabels) },
        {
          name: 'keyPoints',
          type: 'array',
          labels: { singular: 'Key point', plural: 'Key points' },
          fields: [{ name: 'text', type: 'textarea', required: true, maxLength: 1000 }],
        },
        { name: 'body', type: 'richText', required: true, validate: validateRichTextLinks },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'relatedStages', type: 'relationship', relationTo: slugs.stages, hasMany: true },
        { name: 'relatedTreatments', type: 'relationship', relationTo: slugs.treatments, hasMany: true },
        { name: 'relatedDrugs', type: 'relationship', relationTo: slugs.drugs, hasMany: true },
      ],
    },
    {
      name: 'lastComprehensiveReviewAt',
      label: 'Last comprehensive review',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'nextComprehensiveReviewAt',
      label: 'Next comprehensive review (planned)',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
  ],
})
