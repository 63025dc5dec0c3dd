import type { TextFieldManyValidation } from 'payload'

import { allowedHostProblem } from '@/domain/webhooks'

/** Each entry of Editorial settings' `webhookAllowedHosts` is a bare host name or IP address. */
export const validateAllowedHosts: TextFieldManyValidation = (value) => {
  for (const host of value ?? []) {
    const problem = allowedHostProblem(String(host))
    if (problem) return `webhookAllowedHosts: ${problem}`
  }
  return true
}
