import { z } from 'zod'

import { reviewedCollections } from '../../../collections/slugs'

/**
 * The document types that publish revisions: the slugs of the reviewed collections, from
 * `collections/slugs.ts` (plain constants, no Payload), so the two lists cannot drift apart.
 */
export const revisionTypes = reviewedCollections
export const revisionTypeSchema = z.enum(revisionTypes, {
  error: `type must be one of ${revisionTypes.join(', ')}`,
})
export type RevisionType = (typeof revisionTypes)[number]

/** A publication makes the document's content public; a retirement takes the document down. */
export const revisionKinds = ['published', 'retired'] as const
export const revisionKindSchema = z.enum(revisionKinds)
export type RevisionKind = (typeof revisionKinds)[number]

export const isRevisionType = (value: unknown): value is RevisionType => (revisionTypes as readonly unknown[]).includes(value)
