/**
 * The part of a field's configuration that says which values it takes: Payload's field config
 * satisfies it, but the checks here need no Payload.
 */
export type FieldShape = {
  type: string
  name?: string
  required?: boolean
  hasMany?: boolean
  minRows?: number
  relationTo?: string | readonly string[]
  options?: readonly (string | { value: string })[]
  fields?: readonly FieldShape[]
  blocks?: readonly { slug: string; fields: readonly FieldShape[] }[]
  tabs?: readonly { name?: string; fields: readonly FieldShape[] }[]
}

/** A value the request got wrong, and where: `field` is a dotted path such as `sections.0.title`. */
export type Problem = { field: string; message: string }

const layoutTypes = new Set(['row', 'collapsible'])

/**
 * The fields that hold a value at one level of a document: rows, collapsibles, unnamed groups and
 * unnamed tabs only arrange their fields, so their fields count as siblings.
 */
export const dataFields = (fields: readonly FieldShape[]): FieldShape[] =>
  fields.flatMap((field): FieldShape[] => {
    if (field.type === 'ui') return []
    if (layoutTypes.has(field.type) || (field.type === 'group' && !field.name)) return dataFields(field.fields ?? [])
    if (field.type === 'tabs') {
      return (field.tabs ?? []).flatMap((tab) =>
        tab.name ? [{ type: 'group', name: tab.name, fields: tab.fields }] : dataFields(tab.fields),
      )
    }
    return field.name ? [field] : []
  })

export const optionValues = (field: FieldShape): string[] =>
  (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value))

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** How deeply arrays and objects nest in `value` (a scalar is 0), counted without recursion. */
export const nestingDepth = (value: unknown, stopAt = Infinity): number => {
  let deepest = 0
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    const inner = depth + 1
    if (inner > deepest) deepest = inner
    if (deepest > stopAt) return deepest
    for (const child of Object.values(current)) stack.push({ value: child, depth: inner })
  }
  return deepest
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Whether `value` is an ISO 8601 date (or date and time) that exists on the calendar: no 30 February. */
export const isCalendarDate = (value: unknown): boolean => {
  if (typeof value !== 'string') return false
  const match = isoDate.exec(value)
  if (!match) return false
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0'] = match
  const m = Number(month)
  if (m < 1 || m > 12) return false
  const d = Number(day)
  if (d < 1 || d > daysIn(Number(year), m)) return false
  return Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60 && !Number.isNaN(Date.parse(value))
}
