import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slugField'
import { validateRichTextLinks } from '@/fields/validateRichTextLinks'

import { draftPreview } from '../shared/draftPreview'
import { reviewed } from '../shared/reviewed'
import { slugs } from '../slugs'

export const summaryTypes = [
  { value: 'treatment', label: 'Treatment' },
  { value: 'supportive-care', label: 'Supportive care' },
  { value: 'screening', label: 'Screening' },
  { value: 'prevention', label: 'Prevention' },
  { value: 'genetics', label: 'Genetics' },
  { value: 'integrative', label: 'Integrative medicine' },
]

export const sectionTypes = [
  { value: 'general-information', label: 'General information' },
  { value: 'stages', label: 'Stages' },
  { value: 'treatment-overview', label: 'Treatment option overview' },
  { value: 'treatment-by-stage', label: 'Treatment by stage' },
  { value: 'recurrent', label: 'Recurrent disease' },
  { value: 'learn-more', label: 'To learn more' },
  { value: 'about-this-summary', label: 'About this summary' },
  { value: 'other', label: 'Other' },
]

export const Summaries: CollectionConfig = reviewed({
  slug: slugs.summaries,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'language', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'cancerType'],
    preview: draftPreview('summaries'),
  },
  fields: [
    {
      name: 'outOfDateNotice',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/OutOfDate/OutOfDateNotice#OutOfDateNotice' } },
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
          options: [
            { value: 'patient', label: 'Patients' },
            { value: 'health-professional', label: 'Health professionals' },
          ],
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          defaultValue: 'en',
          options: [
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Spanish' },
          ],
        },
        { name: 'summaryType', type: 'select', required: true, options: summaryTypes },
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
        { name: 'sectionType', type: 'select', required: true, defaultValue: 'other', options: sectionTypes },
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
