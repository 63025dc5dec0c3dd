import { z } from 'zod'

/**
 * What the editorial board may store as a reference. The same schemas validate a reference before it is
 * saved and describe it in the public feed, so the messages are written for editors.
 */

export const referenceKinds = ['journal-article', 'book-chapter', 'guideline', 'web-page'] as const
export const referenceKindLabels: Record<(typeof referenceKinds)[number], string> = {
  'journal-article': 'Journal article',
  'book-chapter': 'Book chapter',
  guideline: 'Guideline',
  'web-page': 'Web page',
}

export const pmidSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, { error: 'PMID must contain digits only, e.g. 26389216' })
  .max(9, { error: 'PMID has at most 9 digits, e.g. 26389216' })

export const doiSchema = z
  .string()
  .trim()
  .regex(/^10\.\d{4,9}\/\S+$/, {
    error: 'DOI must look like 10.NNNN/suffix, e.g. 10.1093/annonc/mdy096 (without https://doi.org/)',
  })

export const urlSchema = z.httpUrl({ error: 'URL must be a web address starting with http:// or https://' })

export const isoDateSchema = z.iso.date({ error: 'Date must be written YYYY-MM-DD, e.g. 2026-05-16' })

/** Checked when the reference is parsed, so a long-running server accepts next year's books in January. */
const yearSchema = z
  .number({ error: 'Year must be a number, e.g. 2018' })
  .int({ error: 'Year must be a whole number, e.g. 2018' })
  .min(1800, { error: 'Year must be 1800 or later' })
  .refine((year) => year <= new Date().getFullYear() + 1, {
    error: () => `Year must not be later than ${new Date().getFullYear() + 1}`,
  })

const requiredText = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .trim()
    .min(1, { error: `${field} is required` })

const optionalText = z.string().trim().optional()

/** Names as NLM writes them ("Casali PG"); organisations as written ("PDQ Adult Treatment Editorial Board"). */
const namesSchema = z.array(requiredText('Each name'))

const commonFields = {
  authors: namesSchema,
  title: requiredText('Title'),
  journal: optionalText,
  bookTitle: optionalText,
  editors: namesSchema.optional(),
  edition: optionalText,
  publisher: optionalText,
  publisherPlace: optionalText,
  year: yearSchema,
  volume: optionalText,
  issue: optionalText,
  pages: optionalText,
  pmid: pmidSchema.optional(),
  doi: doiSchema.optional(),
  url: urlSchema.optional(),
  /** The day the web page was read, shown as "[cited 2026 May 16]". */
  accessedAt: isoDateSchema.optional(),
  /** The day the board last checked the reference. */
  lastReviewedAt: isoDateSchema,
  keyReference: z.boolean().optional(),
  retracted: z.boolean().optional(),
}

export const journalArticleSchema = z.object({
  ...commonFields,
  kind: z.literal('journal-article'),
  authors: namesSchema.min(1, { error: 'A journal article needs at least one author' }),
  journal: requiredText('Journal'),
})

export const bookChapterSchema = z.object({
  ...commonFields,
  kind: z.literal('book-chapter'),
  bookTitle: requiredText('Book title'),
})

export const guidelineSchema = z.object({
  ...commonFields,
  kind: z.literal('guideline'),
})

export const webPageSchema = z.object({
  ...commonFields,
  kind: z.literal('web-page'),
  url: urlSchema,
})

export const referenceInputSchema = z.discriminatedUnion(
  'kind',
  [journalArticleSchema, bookChapterSchema, guidelineSchema, webPageSchema],
  { error: `Kind must be one of ${referenceKinds.join(', ')}` },
)

export type ReferenceKind = (typeof referenceKinds)[number]
export type Pmid = z.infer<typeof pmidSchema>
export type Doi = z.infer<typeof doiSchema>
export type ReferenceInput = z.infer<typeof referenceInputSchema>
/** What a caller may pass before parsing (strings untrimmed). */
export type ReferenceInputDraft = z.input<typeof referenceInputSchema>
