import type { Validate } from 'payload'

/** A field every reference needs, except one kept as PDQ cited it, whose text may name no year. */
export const requiredUnlessCitedAs =
  (label: string): Validate =>
  (value, { siblingData }) => {
    if (value !== null && value !== undefined && value !== '') return true
    const citedAs = (siblingData as { citedAs?: unknown } | undefined)?.citedAs
    return typeof citedAs === 'string' && citedAs.trim() ? true : `${label} is required (unless the reference is kept as PDQ cited it).`
  }
