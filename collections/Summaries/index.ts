import type { CollectionConfig } from 'payload'

import {
  audienceLabels,
  audiences,
  languageLabels,
  languages,
  referenceNumberingLabels,
  referenceNumberings,
  summaryTypeLabels,
  summaryTypes,
} from '@/domain/revisions/content'
import { managingEditorsOnlyField } from '@/access/managingEditorsOnlyField'
import { cdrIdSchema, pdqSourceSchema, pdqSummaryExtrasSchema } from '@/domain/pdq/galley/schema'
import { createTranslation } from '@/endpoints/createTranslation'
import { closeSectionEdits, sectionEditing } from '@/endpoints/sectionEditing'
import { editsSectionsInline } from '@/domain/sections/inlineEditing'
import { zodValidate } from '@/fields/zodValidate'
import { slugField } from '@/fields/slugField'

import { draftPreviewUrl } from '../shared/draftPreviewUrl'
import { optionsOf } from '../shared/options'
import { reviewed } from '../shared/reviewed'
import { slugs } from '../slugs'
import { sectionFields } from './sectionFields'

export const Summaries: CollectionConfig = reviewed({
  slug: slugs.summaries,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'language', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'cancerType'],
    preview: draftPreviewUrl(slugs.summaries),
  },
  endpoints: [createTranslation, ...sectionEditing],
  hooks: { beforeDelete: [closeSectionEdits] },
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
      name: 'cdrId',
      label: 'CDR id',
      type: 'text',
      unique: true,
      index: true,
      validate: zodValidate(cdrIdSchema),
      access: { update: managingEditorsOnlyField },
      admin: {
        position: 'sidebar',
        description: 'The PDQ document id (CDR0000062820) this summary was imported from, or its Galley id in the same form.',
      },
    },
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
        components: { RowLabel: '/admin/Sections/SectionRowLabel#SectionRowLabel' },
        // A long summary's sections are edited one at a time (the outline below): Payload's form slows
        // with every field it holds, and 259 sections of fields made the largest PDQ summary take over a
        // minute to become editable. Hidden, the array is one value in the form, sent back unchanged.
        condition: (data) => editsSectionsInline(Array.isArray(data?.sections) ? data.sections.length : 0),
      },
      fields: sectionFields,
    },
    {
      name: 'sectionOutline',
      type: 'ui',
      admin: {
        condition: (data) => !editsSectionsInline(Array.isArray(data?.sections) ? data.sections.length : 0),
        components: { Field: '/admin/Sections/SectionOutline#SectionOutline' },
      },
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
      name: 'referenceNumbering',
      type: 'select',
      required: true,
      defaultValue: 'whole-summary',
      options: optionsOf(referenceNumberings, referenceNumberingLabels),
      admin: { position: 'sidebar', description: 'PDQ numbers references afresh in each top-level section.' },
    },
    {
      name: 'dateFirstPublished',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'dateLastModified',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description: 'The date of the last change of substance, as shown to readers.',
      },
    },
    { name: 'pdq', type: 'json', admin: { hidden: true }, validate: zodValidate(pdqSummaryExtrasSchema) },
    {
      name: 'pdqSource',
      type: 'json',
      // Written by the importer only (through the Local API, as the trusted process it is).
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
      validate: zodValidate(pdqSourceSchema),
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
