import type { AfterErrorHook } from 'payload'

type FieldError = { path: string; message: string; label?: string }

/**
 * Validation errors keep their per-field details (path and message) in the response, whichever copy
 * of Payload's error classes threw them (the Next bundle and Node may each have their own).
 */
export const keepValidationDetails: AfterErrorHook = ({ error }) => {
  const errors = (error as { data?: { errors?: FieldError[] } }).data?.errors
  const status = (error as { status?: number }).status
  if (!Array.isArray(errors) || !status || status >= 500) return
  return {
    status,
    response: {
      errors: [{ name: error.name, message: error.message, data: { errors } }],
    },
  }
}
