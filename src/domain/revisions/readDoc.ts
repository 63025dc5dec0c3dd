import { isPlainObject } from '../richtext/lexicalState'
import { referenceId } from '../richtext/walk'

/*
 * Reading a stored document (Payload's JSON, at any populate depth) without trusting its shape. These
 * helpers only normalise; the content schemas decide what is valid, so a wrong value is passed on for
 * the schema to report rather than dropped here.
 */

/** A related document's id as a string, whether stored as 12, '12', { id: 12 } or { relationTo, value }; null when empty. */
export const relatedId = (value: unknown): string | null => referenceId(value) || null

/** null for undefined, null and blank text; anything else as it is. */
export const orNull = (value: unknown): unknown =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : value

/** Array rows; a missing array is empty. */
export const rows = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value])

/** Payload's rows of one text field (`[{ id, name: 'Votrient' }]`) as the texts; plain strings pass through. */
export const rowTexts = (value: unknown, field: string): unknown[] => rows(value).map((row) => (isPlainObject(row) ? row[field] : row))

/** A date field as its calendar day (YYYY-MM-DD), as Payload's day-only picker means it; null when empty. */
export const calendarDay = (value: unknown): unknown => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString().slice(0, 10)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) return value.slice(0, 10)
  return orNull(value)
}

export const field = (doc: unknown, key: string): unknown => (isPlainObject(doc) ? doc[key] : undefined)
