import type { z } from 'zod'

/**
 * Turns a zod schema into a Payload field `validate`: `true` when the value parses, otherwise the
 * first issue's message (Payload answers 400 and names the field). Empty optional values pass.
 */
export const zodValidate =
  (schema: z.ZodType, { required = false }: { required?: boolean } = {}) =>
  (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') {
      return required ? 'This field is required.' : true
    }
    const result = schema.safeParse(value)
    return result.success ? true : (result.error.issues[0]?.message ?? 'Invalid value.')
  }
