import type { Token } from '../richtext/tokens'

import { z } from 'zod'

/*
 * The change log between a published revision and a draft. Published as JSON Schema with the feed, so
 * it holds JSON only: optional keys are absent (never undefined) and "no value" is null.
 */

export const tokenSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('word'), text: z.string() }),
    z.object({ kind: z.literal('punct'), text: z.string() }),
    z.object({ kind: z.literal('space') }),
    z.object({ kind: z.literal('citation'), ref: z.string() }),
    z.object({ kind: z.literal('block'), type: z.string().describe('paragraph, h1–h6, listitem, quote, …') }),
  ])
  .describe('A unit of rich text: a word, a punctuation mark, folded whitespace, a citation or the start of a block')

export const diffRunSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  tokens: z.array(tokenSchema),
})

const addedRemovedSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
})

export const fieldChangeSchema = z.object({
  path: z.string().describe("Dotted path: 'drugClass', 'approvals.0.status'"),
  before: z.json().describe('null when absent; rich text as plain text'),
  after: z.json().describe('null when absent; rich text as plain text'),
})

const sectionRefSchema = z.object({ id: z.string(), title: z.string() })

export const sectionChangeSchema = z.object({
  id: z.string(),
  title: z.string().describe('Title in the draft'),
  titleBefore: z.string().optional().describe('Present only when the title changed'),
  moved: z
    .object({ from: z.int().nonnegative(), to: z.int().nonnegative() })
    .optional()
    .describe('Present only when the section changed position relative to the others (0-based indexes)'),
  keyPoints: addedRemovedSchema,
  body: z.array(diffRunSchema).optional().describe('Word diff of the body, present only when the body changed'),
  citations: addedRemovedSchema.describe('Reference ids newly cited or no longer cited in this section'),
  fields: z.array(fieldChangeSchema).describe("The section's other changed fields, such as sectionType"),
})

export const changeLogSchema = z.object({
  sections: z.object({
    added: z.array(sectionRefSchema),
    removed: z.array(sectionRefSchema),
    changed: z.array(sectionChangeSchema),
    order: z
      .object({ before: z.array(z.string()), after: z.array(z.string()) })
      .nullable()
      .describe('Section ids in order, only when a section moved'),
  }),
  citations: addedRemovedSchema.describe('Reference ids cited anywhere in the document, each once'),
  fields: z.array(fieldChangeSchema).describe('Changed structured fields outside sections'),
  summary: z.object({
    sectionsAdded: z.int().nonnegative(),
    sectionsRemoved: z.int().nonnegative(),
    sectionsChanged: z.int().nonnegative(),
    fieldsChanged: z.int().nonnegative().describe('Field changes in the document and in its sections'),
    citationsAdded: z.int().nonnegative(),
    citationsRemoved: z.int().nonnegative(),
    wordsInserted: z.int().nonnegative().describe('Words in added sections and inserted in rich text'),
    wordsDeleted: z.int().nonnegative().describe('Words in removed sections and deleted from rich text'),
  }),
})

export type ChangeLog = z.infer<typeof changeLogSchema>
export type SectionChange = z.infer<typeof sectionChangeSchema>
export type FieldChange = z.infer<typeof fieldChangeSchema>

// The schema and the tokenizer's type must describe the same tokens.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const tokensMatch: Same<z.infer<typeof tokenSchema>, Token> = true
void tokensMatch
