import type { RevisionType } from './revisionTypes'

import { z } from 'zod'

import { changeLogSchema } from '../diff/changeLog'
import { slugSchema } from '../text/slug'
import { changeTypeSchema } from '../workflow/schemas'
import { contentSchemas } from './content'
import { revisionTypeSchema } from './revisionTypes'

const dateTimeSchema = z.iso.datetime({ offset: true })

export const hashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: "must be 'sha256:' and 64 lower-case hex digits" })

/** Who approved the change and the board they sat on. Initial imports have no approvers and no approval time. */
export const approvalSchema = z.strictObject({
  changeType: changeTypeSchema,
  publicNote: z
    .string()
    .nullable()
    .describe('What readers are told about this change ("Changes to this summary"), as the board approved it; null when none was given'),
  note: z
    .string()
    .optional()
    .describe(
      "Only in revisions stored before publicNote existed: the submitter's note of that time. No longer written: the note to the board is internal",
    ),
  approvedBy: z.array(z.strictObject({ id: z.string().min(1), name: z.string() })),
  approvedAt: dateTimeSchema.nullable(),
  board: z.strictObject({ id: z.string().min(1), slug: slugSchema, name: z.string() }),
})

export type Approval = z.infer<typeof approvalSchema>

const commonFields = {
  slug: slugSchema,
  documentId: z.string().min(1).describe('The id of the document in Galley'),
  version: z.int().min(1).describe('1, 2, 3 … per document, without gaps'),
  title: z.string().describe('The title (or name) of the document in this version; for a retirement, the last published one'),
  publishedAt: dateTimeSchema,
  ...approvalSchema.shape,
  previousHash: hashSchema.nullable().describe("The previous revision's hash; null for version 1"),
  hash: hashSchema.describe(
    'sha256 of the canonical JSON of this revision without its hash: object keys sorted, no whitespace (RFC 8785 for these values)',
  ),
  changeLog: changeLogSchema
    .meta({ id: 'ChangeLog', title: 'Change log' })
    .describe("What changed since the previous revision's content; everything is added in version 1 and removed by a retirement"),
}

const published = <T extends keyof typeof contentSchemas>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    kind: z.literal('published'),
    ...commonFields,
    content: contentSchemas[type],
  })

export const publishedRevisionSchema = z
  .discriminatedUnion('type', [
    published('summaries'),
    published('stages'),
    published('treatments'),
    published('drugs'),
    published('references'),
  ])
  .meta({ id: 'PublishedRevision', title: 'Published revision' })

/** Typecheck fails here when a revision type has no member in the union above. */
const everyTypePublishes: Exclude<RevisionType, z.infer<typeof publishedRevisionSchema>['type']> extends never ? true : never = true
void everyTypePublishes

export const retiredRevisionSchema = z
  .strictObject({
    type: revisionTypeSchema,
    kind: z.literal('retired'),
    ...commonFields,
    content: z.null().describe('A retired document has no public content; its earlier versions stay available'),
  })
  .meta({ id: 'RetiredRevision', title: 'Retirement' })

/** The published, immutable unit of the feed: one version of one document. */
export const revisionSchema = z
  .discriminatedUnion('kind', [publishedRevisionSchema, retiredRevisionSchema])
  .meta({ id: 'Revision', title: 'Revision' })

export type Revision = z.infer<typeof revisionSchema>
export type PublishedRevision = z.infer<typeof publishedRevisionSchema>
export type RetiredRevision = z.infer<typeof retiredRevisionSchema>
export type RevisionOf<T extends Revision['type']> = Extract<PublishedRevision, { type: T }>
export type UnsealedRevision = Omit<PublishedRevision, 'hash'> | Omit<RetiredRevision, 'hash'>

/**
 * What building a revision needs to know about a related document: its latest revision. Whole revisions
 * from the store fit; only these fields are read.
 */
export type RelatedRevision = Revision extends infer R
  ? R extends Revision
    ? Pick<R, 'type' | 'documentId' | 'slug' | 'version' | 'kind' | 'title' | 'content'>
    : never
  : never
