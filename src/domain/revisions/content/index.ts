import type { z } from 'zod'

import type { PinResolver } from '../resolvePins'
import type { RevisionType } from '../revisionTypes'

import { drugContent, drugContentSchema } from './drug'
import { referenceContent, referenceContentSchema } from './reference'
import { stageContent, stageContentSchema } from './stage'
import { summaryContent, summaryContentSchema } from './summary'
import { treatmentContent, treatmentContentSchema } from './treatment'

export type { DrugContent } from './drug'
export type { ReferenceContent } from './reference'
export type { StageContent } from './stage'
export type { Citation, SummaryContent } from './summary'
export type { TreatmentContent } from './treatment'
export type { RichText } from './richText'

/** What the public sees of each type: the schema a revision's content must pass (one per type, or typecheck fails). */
export const contentSchemas = {
  summaries: summaryContentSchema,
  stages: stageContentSchema,
  treatments: treatmentContentSchema,
  drugs: drugContentSchema,
  references: referenceContentSchema,
} as const satisfies Record<RevisionType, z.ZodType>

type ContentArgs = { doc: Record<string, unknown>; pins: PinResolver }

/** Builds a stored document's public content, before validation. */
export type ContentBuilder = (args: ContentArgs) => Record<string, unknown>

/** One content builder per reviewed collection: a collection without one fails typecheck. */
export const publicContent: Record<RevisionType, ContentBuilder> = {
  summaries: summaryContent,
  stages: stageContent,
  treatments: treatmentContent,
  drugs: drugContent,
  references: referenceContent,
}

/** The field that titles a document of each type (its collection's `admin.useAsTitle`). */
export const titleField: Record<RevisionType, 'title' | 'name'> = {
  summaries: 'title',
  stages: 'title',
  treatments: 'name',
  drugs: 'name',
  references: 'title',
}

/**
 * What a document is called wherever people read about it (emails, the review queue, revisions,
 * draft previews): its title or name, else its slug, else `#id`.
 */
export const documentTitle = ({ type, doc }: { type: RevisionType; doc: Record<string, unknown> }): string => {
  for (const value of [doc[titleField[type]], doc.slug]) if (typeof value === 'string' && value.trim()) return value
  return `#${String(doc.id ?? '?')}`
}

export {
  audienceLabels,
  audiences,
  languageLabels,
  languages,
  referenceNumberingLabels,
  referenceNumberings,
  sectionTypeLabels,
  sectionTypes,
  summaryTypeLabels,
  summaryTypes,
} from './summary'
export { approvalStatusLabels, approvalStatuses, drugRouteLabels, drugRoutes } from './drug'
export { modalities, modalityLabels } from './treatment'
export { stageCodes, stagingSystems } from '../../staging/systems'
export { referenceContentSchema, drugContentSchema, stageContentSchema, summaryContentSchema, treatmentContentSchema }
