import { APIError } from 'payload'

import type { Refusal } from '@/domain/workflow'

/** A refusal of the review rules as Payload's API answers it: its status, and for a 400 the field. */
export const refusalError = (refusal: Refusal): APIError =>
  new APIError(
    refusal.message,
    refusal.status,
    refusal.field ? { errors: [{ path: refusal.field, message: refusal.message }] } : undefined,
    true,
  )
