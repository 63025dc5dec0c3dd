import { z } from 'zod'

/**
 * The document types that publish revisions: the slugs of the reviewed collections
 * (`collections/slugs.ts` `reviewedCollections`), repeated here so the domain imports no config.
 */
export const revisionTypes = ['summaries', 'stages', 'treatments', 'drugs', 'references'] as const
export const revisionTypeSchema = z.enum(revisionTypes, {
  error: `type must be one of ${revisionTypes.join(', ')}`,
})
export type RevisionType = (typeof revisionTypes)[number]

/** A publication makes the document's content public; a retirement takes the document down. */
export const revisionKinds = ['published', 'retired'] as const
export const revisionKindSchema = z.enum(revisionKinds)
export type RevisionKind = (typeof revisionKinds)[number]

export const isRevisionType = (value: unknown): value is RevisionType => (revisionTypes as readonly unknown[]).includes(value)
