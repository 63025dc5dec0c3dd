import { z } from 'zod'

import { isoDateSchema } from '../../references/schema'

/*
 * Field schemas shared by the content schemas. Content is JSON only, and every key is always present:
 * "no value" is null, never an absent key, so partners read one shape.
 */

/** Text the public reads; blank text is not a value. */
export const textSchema = z.string().regex(/\S/, { error: 'must not be blank' })

/** Optional text: null when there is none. */
export const optionalTextSchema = textSchema.nullable()

/** A calendar day, YYYY-MM-DD. */
export const daySchema = isoDateSchema

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` })
