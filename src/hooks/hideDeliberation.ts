import type { FieldHook } from 'payload'

import type { Review } from '@/domain/workflow'

import { readsDeliberationOf } from '@/access/deliberationReaders'
import { withoutDeliberation } from '@/domain/workflow'

/**
 * A review read through the API by someone outside its board: the votes and counts stay, their
 * comments and the submission note go (board confidentiality, `mayReadDeliberation`). Galley's own
 * reads (overrideAccess) get the review as stored.
 */
export const hideDeliberation: FieldHook = async ({ value, siblingData, req, overrideAccess }) => {
  if (overrideAccess || !value) return value
  if (await readsDeliberationOf(req, siblingData?.board)) return value
  return withoutDeliberation(value as Review)
}
