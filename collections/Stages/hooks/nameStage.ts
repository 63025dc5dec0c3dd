import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { stageSlug, stageTitle } from '@/domain/staging/naming'
import { slugs } from '../../slugs'

/** A stage is named by its system and code; those are fixed once the stage exists. */
export const nameStage: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const system = data?.system ?? originalDoc?.system
  const code = data?.code ?? originalDoc?.code
  if (!system || !code) return data
  if (originalDoc?.slug && stageSlug({ system, code }) !== originalDoc.slug) {
    throw new ValidationError({
      collection: slugs.stages,
      errors: [{ path: 'code', message: 'system and code cannot change once a stage exists; create a new stage instead' }],
      req,
    })
  }
  return { ...data, slug: stageSlug({ system, code }), title: stageTitle({ system, code }) }
}
