import { z } from 'zod'

import { altTitleSchema, cdrRefSchema, keyPointSchema, summarySchema, titleInlineSchema } from '../schema'

/** A PDQ (CDR) document id as partners know it: CDR and ten digits, `CDR0000062820`. */
export const cdrIdSchema = z.string().regex(/^CDR\d{10}$/, { error: 'must be CDR followed by ten digits, e.g. CDR0000062820' })

/**
 * The PDQ-form id of a document made in Galley, so partners can fetch it like an imported one: CDR9
 * and the Galley id in nine digits (NCI's own ids are below CDR0010000000). Null for ids that are not
 * numbers (MongoDB's ObjectIds): such documents are exported by slug only.
 */
export const galleyCdrId = (id: unknown): string | null => {
  const text = String(id ?? '')
  return /^\d{1,9}$/.test(text) ? `CDR9${text.padStart(9, '0')}` : null
}

/** A document-local PDQ id of a section, paragraph or table: `_254`. */
export const pdqLocalIdSchema = z
  .string()
  .regex(/^_[A-Za-z0-9_.-]{1,38}$/, { error: 'must be an underscore and letters or digits, e.g. _254' })

/** What a section row keeps of PDQ beyond its Galley fields (see `types.ts`). */
export const pdqSectionExtrasSchema = z.strictObject({
  title: z.array(titleInlineSchema).optional(),
  meta: z.strictObject({ specificDiagnoses: z.array(cdrRefSchema), sectionTypes: z.array(z.string()) }).optional(),
  altTitles: z.array(altTitleSchema).optional(),
  ExcludedDevices: z.string().optional(),
  IncludedDevices: z.string().optional(),
  keyPoints: z.array(keyPointSchema).optional(),
  continuation: z.boolean().optional(),
})

/** What a summary keeps of PDQ beyond its Galley fields. */
export const pdqSummaryExtrasSchema = summarySchema
  .omit({ kind: true, id: true, sections: true, translationOf: true, patientVersionOf: true, meta: true })
  .extend({ meta: summarySchema.shape.meta.omit({ audience: true, language: true, description: true }) })

/**
 * Where an imported summary came from: the hash of the PDQ file's content as Galley holds it (a file with
 * the same hash is unchanged), its name and date, and the PDQ ids of the summaries it links to (kept when
 * those are not in Galley). Written only by the importer.
 */
export const pdqSourceSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  file: z.string().max(500),
  dateLastModified: z.string().nullable(),
  importedAt: z.iso.datetime(),
  translationOf: cdrIdSchema.nullable(),
  patientVersionOf: cdrIdSchema.nullable(),
})
