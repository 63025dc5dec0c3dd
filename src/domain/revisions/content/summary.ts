import type { PinResolver } from '../resolvePins'

import { z } from 'zod'

import { isPlainObject } from '../../richtext/lexicalState'
import { uniqueCitations } from '../../richtext/citations'
import { pinOf } from '../pin'
import { calendarDay, field, orNull, relatedId, rows } from '../readDoc'
import { daySchema, enumOf, optionalTextSchema, textSchema } from './fields'
import { publishRichText, richTextSchema } from './richText'

export const audiences = ['patient', 'health-professional'] as const
export const audienceLabels: Record<(typeof audiences)[number], string> = {
  patient: 'Patients',
  'health-professional': 'Health professionals',
}

export const languages = ['en', 'es'] as const
export const languageLabels: Record<(typeof languages)[number], string> = { en: 'English', es: 'Spanish' }

export const summaryTypes = ['treatment', 'supportive-care', 'screening', 'prevention', 'genetics', 'integrative'] as const
export const summaryTypeLabels: Record<(typeof summaryTypes)[number], string> = {
  treatment: 'Treatment',
  'supportive-care': 'Supportive care',
  screening: 'Screening',
  prevention: 'Prevention',
  genetics: 'Genetics',
  integrative: 'Integrative medicine',
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

export const sectionSchema = z
  .strictObject({
    id: z.string().min(1).describe('Stable across versions: follow a section by its id, not its position'),
    title: textSchema,
    sectionType: enumOf(sectionTypes),
    keyPoints: z.array(textSchema),
    body: richTextSchema,
  })
  .meta({ id: 'Section', title: 'Summary section' })

export const citationSchema = z
  .strictObject({
    id: z.string().min(1).describe('The reference id the rich text cites'),
    number: z.int().min(1).describe('Position in the reference list, in order of first citation; [n] in the plain text'),
    reference: pinOf('references'),
    citation: textSchema.describe('NLM citation of the pinned reference version'),
    pmid: z.string().nullable(),
    doi: z.string().nullable(),
    url: z.string().nullable(),
    retracted: z.boolean(),
  })
  .meta({ id: 'Citation', title: 'Resolved citation' })

export const summaryContentSchema = z
  .strictObject({
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
    sections: z
      .array(sectionSchema)
      .min(1)
      .refine((sections) => new Set(sections.map((section) => section.id)).size === sections.length, {
        error: 'section ids must be unique',
      }),
    citations: z.array(citationSchema).describe('Every reference cited in the sections, numbered in order of first citation'),
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

/** Reference ids cited in the sections' bodies, each once, in reading order. */
const citedIds = (sections: unknown[]): string[] => [...new Set(sections.flatMap((section) => uniqueCitations(field(section, 'body'))))]

const resolveCitations = ({ sections, pins }: { sections: unknown[]; pins: PinResolver }) =>
  citedIds(sections).flatMap((id, index) => {
    const where = sections.findIndex((section) => uniqueCitations(field(section, 'body')).includes(id))
    const revision = pins.revision('references', id, `content.sections.${where}.body`)
    if (!revision) return []
    const { content } = revision
    return [
      {
        id,
        number: index + 1,
        reference: { type: 'references' as const, slug: revision.slug, version: revision.version, title: revision.title },
        citation: content.citation,
        pmid: content.pmid,
        doi: content.doi,
        url: content.url,
        retracted: content.retracted,
      },
    ]
  })

export const summaryContent = ({ doc, pins }: Args): Record<string, unknown> => {
  const sections = rows(doc.sections)
  const citations = resolveCitations({ sections, pins })
  const numbers = new Map(citations.map((citation) => [citation.id, citation.number]))
  return {
    title: doc.title,
    audience: doc.audience,
    language: doc.language,
    summaryType: doc.summaryType,
    cancerType: doc.cancerType,
    description: orNull(doc.description),
    translationOf: pins.one('summaries', doc.translationOf, 'content.translationOf'),
    patientVersionOf: pins.one('summaries', doc.patientVersionOf, 'content.patientVersionOf'),
    sections: sections.map((section) =>
      isPlainObject(section)
        ? {
            id: relatedId(section.id),
            title: section.title,
            sectionType: section.sectionType,
            keyPoints: rows(section.keyPoints).map((point) => (isPlainObject(point) ? point.text : point)),
            body: publishRichText({ state: section.body, citationNumber: (ref) => numbers.get(ref) }),
          }
        : section,
    ),
    citations,
    relatedStages: pins.many('stages', doc.relatedStages, 'content.relatedStages'),
    relatedTreatments: pins.many('treatments', doc.relatedTreatments, 'content.relatedTreatments'),
    relatedDrugs: pins.many('drugs', doc.relatedDrugs, 'content.relatedDrugs'),
    lastComprehensiveReviewAt: calendarDay(doc.lastComprehensiveReviewAt),
    nextComprehensiveReviewAt: calendarDay(doc.nextComprehensiveReviewAt),
  }
}
