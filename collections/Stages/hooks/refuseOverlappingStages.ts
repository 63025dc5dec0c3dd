import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { findOverlaps } from '@/domain/staging/validateStages'
import { slugs } from '../../slugs'

/**
 * A stage's criteria must not overlap another stage of the same system (compared with the latest
 * saved version of each, drafts included), or a tumor could be in two stages at once.
 */
export const refuseOverlappingStages: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const system = data.system ?? originalDoc?.system
  const code = data.code ?? originalDoc?.code
  // Without a system there is nothing to compare with; the required check names `system` (400, not 500).
  if (!system) return data
  const { docs } = await req.payload.find({
    collection: slugs.stages,
    where: { system: { equals: system } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const others = docs
    .filter((doc) => doc.code !== code)
    .map((doc) => ({ system: doc.system, code: doc.code, criteria: doc.criteria ?? [] }))
  const overlaps = findOverlaps({ stage: { system, code, criteria: data.criteria ?? [] }, others })
  if (overlaps.length > 0) {
    throw new ValidationError({
      collection: slugs.stages,
      errors: overlaps.map((overlap) => ({ path: 'criteria', message: overlap.message })),
      req,
    })
  }
  return data
}
