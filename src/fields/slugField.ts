import type { TextField } from 'payload'

import { ValidationError } from 'payload'

import { slugify, slugSchema } from '@/domain/text/slug'

import { zodValidate } from './zodValidate'

type Args = {
  /** The field a missing slug is made from. */
  from: string
}

/**
 * A unique URL slug made from another field when left empty. It is stable: once a document has a
 * slug, partners' URLs depend on it, so a change is refused rather than silently applied.
 */
export const slugField = ({ from }: Args): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  required: true,
  validate: zodValidate(slugSchema, { required: true }),
  admin: {
    position: 'sidebar',
    description: 'Part of every public URL. Filled from the title when empty; cannot change once set.',
  },
  hooks: {
    beforeValidate: [
      ({ value, data, originalDoc, req, collection }) => {
        const previous = originalDoc?.slug as string | undefined
        if (previous && value !== undefined && value !== previous) {
          throw new ValidationError({
            collection: collection?.slug,
            errors: [{ path: 'slug', message: `slug cannot change once set (it is "${previous}")` }],
            req,
          })
        }
        if (previous) return previous
        if (typeof value === 'string' && value.trim()) return value.trim()
        const source = data?.[from]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
})
