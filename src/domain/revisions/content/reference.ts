import type { CitableReference } from '../../references/formatCitation'

import { z } from 'zod'

import { citedAsCitation, formatCitation } from '../../references/formatCitation'
import { doiSchema, pmidSchema, referenceKinds, urlSchema } from '../../references/schema'
import { calendarDay, field, orNull, rowTexts } from '../readDoc'
import { daySchema, enumOf, optionalTextSchema, textSchema } from './fields'

export const referenceContentSchema = z
  .strictObject({
    kind: enumOf(referenceKinds),
    authors: z.array(textSchema).describe('NLM form ("Casali PG") or an organisation as written'),
    title: textSchema,
    journal: optionalTextSchema.describe('NLM journal abbreviation'),
    bookTitle: optionalTextSchema,
    editors: z.array(textSchema),
    edition: optionalTextSchema,
    publisher: optionalTextSchema,
    publisherPlace: optionalTextSchema,
    year: z.int().min(1800).nullable().describe('null only for a reference kept as PDQ cited it that names no year'),
    volume: optionalTextSchema,
    issue: optionalTextSchema,
    pages: optionalTextSchema,
    pmid: pmidSchema.nullable(),
    doi: doiSchema.nullable(),
    url: urlSchema.nullable(),
    accessedAt: daySchema.nullable().describe('The day a web source was read'),
    lastReviewedAt: daySchema.describe('The day the board last checked the reference'),
    keyReference: z.boolean(),
    retracted: z.boolean(),
    citedAs: optionalTextSchema
      .optional()
      .describe('The citation as the imported PDQ summary formats it (absent in revisions published before the PDQ import)'),
    citation: textSchema.describe(
      'The citation readers see: `citedAs` when set, else NLM (Citing Medicine) made from the fields above; starts with "[Retracted]" when retracted',
    ),
  })
  .meta({ id: 'ReferenceContent', title: 'Reference' })

export type ReferenceContent = z.infer<typeof referenceContentSchema>

const citationOf = (content: Record<string, unknown>): unknown => {
  const { kind, title } = content
  if (!(referenceKinds as readonly unknown[]).includes(kind) || typeof title !== 'string') return null
  const texts = (value: unknown) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [])
  const optional = (value: unknown) => (typeof value === 'string' ? value : null)
  return formatCitation({
    kind: kind as CitableReference['kind'],
    title,
    authors: texts(content.authors),
    editors: texts(content.editors),
    journal: optional(content.journal),
    bookTitle: optional(content.bookTitle),
    edition: optional(content.edition),
    publisher: optional(content.publisher),
    publisherPlace: optional(content.publisherPlace),
    year: typeof content.year === 'number' ? content.year : null,
    volume: optional(content.volume),
    issue: optional(content.issue),
    pages: optional(content.pages),
    pmid: optional(content.pmid),
    doi: optional(content.doi),
    url: optional(content.url),
    accessedAt: optional(content.accessedAt),
    retracted: content.retracted === true,
  })
}

/**
 * A reference as the public sees it. The citation is formatted from the published fields (not copied
 * from the stored `citation`), so it always matches them.
 */
export const referenceContent = ({ doc }: { doc: Record<string, unknown> }): Record<string, unknown> => {
  const content: Record<string, unknown> = {
    kind: doc.kind,
    authors: rowTexts(doc.authors, 'name'),
    title: doc.title,
    journal: orNull(doc.journal),
    bookTitle: orNull(doc.bookTitle),
    editors: rowTexts(doc.editors, 'name'),
    edition: orNull(doc.edition),
    publisher: orNull(doc.publisher),
    publisherPlace: orNull(doc.publisherPlace),
    year: doc.year ?? null,
    volume: orNull(doc.volume),
    issue: orNull(doc.issue),
    pages: orNull(doc.pages),
    pmid: orNull(doc.pmid),
    doi: orNull(doc.doi),
    url: orNull(doc.url),
    accessedAt: calendarDay(doc.accessedAt),
    lastReviewedAt: calendarDay(doc.lastReviewedAt),
    keyReference: field(doc, 'keyReference') === true,
    retracted: field(doc, 'retracted') === true,
    citedAs: orNull(doc.citedAs),
  }
  return { ...content, citation: citedAsCitation(content) ?? citationOf(content) }
}
