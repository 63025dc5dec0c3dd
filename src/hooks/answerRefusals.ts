import type { AfterErrorHook } from 'payload'

import { codeForStatus, errorBody, isRefusal } from '@/domain/errors'

import { bulkEditRefusal, isPayloadBulkEditRefusal } from './refuseBulkEditing'

type Entry = { code?: string; data?: Record<string, unknown>; field?: string; message?: string; name?: string }

/**
 * Every API error in one shape, `{ errors: [{ message, field?, code }] }`. Galley's refusals
 * (thrown as `refusalError`, recognised by shape whichever copy of Payload threw them) are written
 * as they are; Payload's own errors keep what they say and gain the `code` their status means.
 */
export const answerRefusals: AfterErrorHook = ({ error, result }) => {
  const status = (error as { status?: number }).status ?? 500
  const refusals = (error as { data?: { refusals?: unknown } }).data?.refusals
  if (Array.isArray(refusals) && refusals.length > 0 && refusals.every(isRefusal)) {
    return { status, response: errorBody(...refusals) }
  }
  const errors = (result as { errors?: Entry[] } | undefined)?.errors
  if (!Array.isArray(errors)) return
  return {
    status,
    response: {
      ...result,
      errors: errors.map((entry): Entry => ({
        ...entry,
        // Payload refuses a bulk update of a reviewed collection before Galley's hook can say why.
        ...(isPayloadBulkEditRefusal(entry.message) ? { message: bulkEditRefusal } : {}),
        code: entry.code ?? codeForStatus(status),
      })),
    },
  }
}
