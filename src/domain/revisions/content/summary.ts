import type { PinResolver } from '../resolvePins'

import { z } from 'zod'

import { isPlainObject } from '../../richtext/lexicalState'
import { uniqueCitations } from '../../richtext/citations'
import { pinOf } from '../pin'
import { calendarDay, field, orNull, relatedId, rows } from '../readDoc'
import { daySchema, enumOf, optionalTextSchema, textSchema } from './fields'
import { publishRichText, richTextSchema } from './richText'
import { cdrIdSchema, galleyCdrId, pdqLocalIdSchema, pdqSectionExtrasSchema, pdqSummaryExtrasSchema } from '../../pdq/galley/schema'

export const audiences = ['patient', 'health-professional'] as const
export const audienceLabels: Record<(typeof audiences)[number], string> = {
  patient: 'Patients',
  'health-professional': 'Health professionals',
}

export const languages = ['en', 'es'] as const
export const languageLabels: Record<(typeof languages)[number], string> = { en: 'English', es: 'Spanish' }

export const summaryTypes = [
  'treatment',
  'supportive-care',
  'screening',
  'prevention',
  'genetics',
  'integrative',
  // The kinds of PDQ's patient overview summaries.
  'overview',
  'causes-and-prevention',
  'diagnosis',
  'stages',
  'signs-and-symptoms',
  'prognosis',
] as const
export const summaryTypeLabels: Record<(typeof summaryTypes)[number], string> = {
  treatment: 'Treatment',
  'supportive-care': 'Supportive care',
  screening: 'Screening',
  prevention: 'Prevention',
  genetics: 'Genetics',
  integrative: 'Integrative medicine',
  overview: 'Overview',
  'causes-and-prevention': 'Causes, risk factors, and prevention',
  diagnosis: 'Diagnosis',
  stages: 'Stages',
  'signs-and-symptoms': 'Signs and symptoms',
  prognosis: 'Prognosis',
}

export const sectionTypes = [
  'general-information',
  'stages',
  'treatment-overview',
  'treatment-by-stage',
  'recurrent',
  'learn-more',
  'about-this-summary',
  'other',
] as const
export const sectionTypeLabels: Record<(typeof sectionTypes)[number], string> = {
  'general-information': 'General information',
  stages: 'Stages',
  'treatment-overview': 'Treatment option overview',
  'treatment-by-stage': 'Treatment by stage',
  recurrent: 'Recurrent disease',
  'learn-more': 'To learn more',
  'about-this-summary': 'About this summary',
  other: 'Other',
}

export const referenceNumberings = ['whole-summary', 'per-section'] as const
export const referenceNumberingLabels: Record<(typeof referenceNumberings)[number], string> = {
  'whole-summary': 'Once for the whole summary',
  'per-section': 'Afresh in each top-level section (PDQ)',
}

export const sectionSchema = z
  .strictObject({
    id: z.string().min(1).describe('Stable across versions: follow a section by its id, not its position'),
    pdqId: pdqLocalIdSchema.nullable().optional().describe('The PDQ section id (_254), the anchor links to this section use'),
    level: z.int().min(1).max(8).optional().describe('1 = top-level section, 2 = its subsection, …; sections are listed in reading order'),
    title: z.string().describe('Empty for an untitled section (PDQ has them: a block of text between titled subsections)'),
    sectionType: enumOf(sectionTypes),
    keyPoints: z.array(textSchema),
    body: richTextSchema,
    pdq: pdqSectionExtrasSchema
      .nullable()
      .optional()
      .describe('What the PDQ export keeps beyond these fields (title markup, section metadata)'),
  })
  .meta({ id: 'Section', title: 'Summary section' })

export const citationSchema = z
  .strictObject({
    id: z.string().min(1).describe('The reference id the rich text cites'),
    number: z.int().min(1).describe('Position in the reference list, in order of first citation; [n] in the plain text'),
    section: z
      .string()
      .nullable()
      .optional()
      .describe(
        'With per-section numbering: the id of the top-level section whose reference list this is; null when numbered once for the summary',
      ),
    reference: pinOf('references'),
    citation: textSchema.describe('NLM citation of the pinned reference version'),
    pmid: z.string().nullable(),
    doi: z.string().nullable(),
    url: z.string().nullable(),
    retracted: z.boolean(),
  })
  .meta({ id: 'Citation', title: 'Resolved citation' })

/*
 * Keys marked optional were added with the PDQ import (December 2026): every revision published since has
 * them; revisions published before do not, and stay valid as they were sealed.
 */
export const summaryContentSchema = z
  .strictObject({
    cdrId: cdrIdSchema
      .nullable()
      .optional()
      .describe('The PDQ document id, CDR0000062820; the PDQ XML of this revision is /feed/v1/pdq/{cdrId}.xml'),
    title: textSchema,
    audience: enumOf(audiences),
    language: enumOf(languages),
    summaryType: enumOf(summaryTypes),
    cancerType: textSchema,
    description: optionalTextSchema,
    translationOf: pinOf('summaries').nullable().describe('For a translation: the summary version it translates'),
    patientVersionOf: pinOf('summaries')
      .nullable()
      .describe('For a patient summary: the health professional summary version it is based on'),
    translationOfCdrId: cdrIdSchema
      .nullable()
      .optional()
      .describe('The PDQ id of the summary this translates, also when that summary is not in Galley'),
    patientVersionOfCdrId: cdrIdSchema
      .nullable()
      .optional()
      .describe('The PDQ id of the health professional summary, also when that summary is not in Galley'),
    sections: z
      .array(sectionSchema)
      .min(1)
      .refine((sections) => new Set(sections.map((section) => section.id)).size === sections.length, {
        error: 'section ids must be unique',
      }),
    referenceNumbering: enumOf(referenceNumberings).optional(),
    citations: z
      .array(citationSchema)
      .describe(
        'Every reference cited in the sections, numbered in order of first citation (in each top-level section with per-section numbering)',
      ),
    dateFirstPublished: daySchema.nullable().optional(),
    dateLastModified: daySchema.nullable().optional(),
    pdq: pdqSummaryExtrasSchema
      .nullable()
      .optional()
      .describe('What the PDQ export keeps beyond these fields (topics, URLs, alternative titles)'),
    relatedStages: z.array(pinOf('stages')),
    relatedTreatments: z.array(pinOf('treatments')),
    relatedDrugs: z.array(pinOf('drugs')),
    lastComprehensiveReviewAt: daySchema.nullable(),
    nextComprehensiveReviewAt: daySchema.nullable().describe('Planned'),
  })
  .meta({ id: 'SummaryContent', title: 'Cancer information summary' })

export type SummaryContent = z.infer<typeof summaryContentSchema>
export type Citation = z.infer<typeof citationSchema>

type Args = { doc: Record<string, unknown>; pins: PinResolver }

/**
 * The sections whose citations share one reference list: all of them, or with per-section numbering each
 * top-level section with its subsections (`key` is the top-level section's id).
 */
const numberingGroups = (sections: unknown[], perSection: boolean): Array<{ key: string | null; indexes: number[] }> => {
  if (!perSection) return [{ key: null, indexes: sections.map((_, index) => index) }]
  const groups: Array<{ key: string | null; indexes: number[] }> = []
  sections.forEach((section, index) => {
    const top = Number(field(section, 'level') ?? 1) <= 1 || groups.length === 0
    if (top) groups.push({ key: relatedId(field(section, 'id')) || null, indexes: [] })
    groups[groups.length - 1].indexes.push(index)
  })
  return groups
}

const resolveCitations = ({ sections, pins, perSection }: { sections: unknown[]; pins: PinResolver; perSection: boolean }) =>
  numberingGroups(sections, perSection).flatMap(({ key, indexes }) => {
    const firsts = new Map<string, { id: string; index: number }>()
    for (const index of indexes)
      for (const id of uniqueCitations(field(sections[index], 'body'))) if (!firsts.has(id)) firsts.set(id, { id, index })
    return [...firsts.values()].flatMap(({ id, index: where }, position) =>
      resolveCitation({ id, where, number: position + 1, section: key, pins }),
    )
  })

const resolveCitation = ({
  id,
  where,
  number,
  section,
  pins,
}: {
  id: string
  where: number
  number: number
  section: string | null
  pins: PinResolver
}) => {
  const revision = pins.revision('references', id, `content.sections.${where}.body`)
  if (!revision) return []
  const { content } = revision
  return [
    {
      id,
      number,
      section,
      reference: { type: 'references' as const, slug: revision.slug, version: revision.version, title: revision.title },
      citation: content.citation,
      pmid: content.pmid,
      doi: content.doi,
      url: content.url,
      retracted: content.retracted,
    },
  ]
}

/** The number a citation shows in a section: from its top-level section's list with per-section numbering. */
const citationNumbers = (
  sections: unknown[],
  citations: Array<{ id: string; number: number; section: string | null }>,
  perSection: boolean,
) => {
  const byGroup = new Map<string | null, Map<string, number>>()
  for (const citation of citations) {
    const numbers = byGroup.get(citation.section) ?? new Map<string, number>()
    numbers.set(citation.id, citation.number)
    byGroup.set(citation.section, numbers)
  }
  const groupOf: Array<string | null> = []
  for (const { key, indexes } of numberingGroups(sections, perSection)) for (const index of indexes) groupOf[index] = key
  return (index: number) => byGroup.get(groupOf[index] ?? null) ?? new Map<string, number>()
}

/** The PDQ id of a linked summary: the published summary's own, or the id the PDQ file named when it is not in Galley. */
const linkedCdrId = ({ pins, value, kept, path }: { pins: PinResolver; value: unknown; kept: unknown; path: string }) => {
  const id = relatedId(value)
  const linked = id ? pins.revision('summaries', id, path)?.content.cdrId : undefined
  return linked ?? (typeof kept === 'string' ? kept : null)
}

export const summaryContent = ({ doc, pins }: Args): Record<string, unknown> => {
  const sections = rows(doc.sections)
  const perSection = doc.referenceNumbering === 'per-section'
  const citations = resolveCitations({ sections, pins, perSection })
  const numbersIn = citationNumbers(sections, citations, perSection)
  return {
    cdrId: orNull(doc.cdrId) ?? galleyCdrId(doc.id),
    title: doc.title,
    audience: doc.audience,
    language: doc.language,
    summaryType: doc.summaryType,
    cancerType: doc.cancerType,
    description: orNull(doc.description),
    translationOf: pins.one('summaries', doc.translationOf, 'content.translationOf'),
    patientVersionOf: pins.one('summaries', doc.patientVersionOf, 'content.patientVersionOf'),
    translationOfCdrId: linkedCdrId({
      pins,
      value: doc.translationOf,
      kept: field(doc.pdqSource, 'translationOf'),
      path: 'content.translationOf',
    }),
    patientVersionOfCdrId: linkedCdrId({
      pins,
      value: doc.patientVersionOf,
      kept: field(doc.pdqSource, 'patientVersionOf'),
      path: 'content.patientVersionOf',
    }),
    sections: sections.map((section, index) =>
      isPlainObject(section)
        ? {
            id: relatedId(section.id),
            pdqId: orNull(section.pdqId),
            level: section.level ?? 1,
            title: section.title ?? '',
            sectionType: section.sectionType,
            keyPoints: rows(section.keyPoints).map((point) => (isPlainObject(point) ? point.text : point)),
            body: publishRichText({ state: section.body, citationNumber: (ref) => numbersIn(index).get(ref) }),
            pdq: section.pdq ?? null,
          }
        : section,
    ),
    referenceNumbering: doc.referenceNumbering ?? 'whole-summary',
    citations,
    dateFirstPublished: calendarDay(doc.dateFirstPublished),
    dateLastModified: calendarDay(doc.dateLastModified),
    pdq: doc.pdq ?? null,
    relatedStages: pins.many('stages', doc.relatedStages, 'content.relatedStages'),
    relatedTreatments: pins.many('treatments', doc.relatedTreatments, 'content.relatedTreatments'),
    relatedDrugs: pins.many('drugs', doc.relatedDrugs, 'content.relatedDrugs'),
    lastComprehensiveReviewAt: calendarDay(doc.lastComprehensiveReviewAt),
    nextComprehensiveReviewAt: calendarDay(doc.nextComprehensiveReviewAt),
  }
}
