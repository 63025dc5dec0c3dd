import type { FieldChange } from './changeLog'
import type { JsonValue } from './jsonValue'

/**
 * What a reviewer reads for a changed field: its label and its values as the editor shows them
 * ("Board: Adult Treatment → Pediatric Treatment", "Approved by the FDA: Yes → No"), never a dotted
 * path, raw JSON or a bare id. The field descriptions come from the collection's configuration
 * (`fieldCatalog`), the names of related documents from the caller.
 */

export type FieldKind = 'text' | 'number' | 'checkbox' | 'select' | 'date' | 'relationship' | 'group' | 'array' | 'other'

export type FieldInfo = {
  label: string
  kind: FieldKind
  /** Select options: value → label. */
  options?: Readonly<Record<string, string>>
  /** Relationship target collection (one collection; polymorphic relationships are 'other'). */
  relationTo?: string
}

/** Field descriptions by path without array indices: 'approvals.status', not 'approvals.0.status'. */
export type FieldCatalog = ReadonlyMap<string, FieldInfo>

/** The few parts of a field configuration the catalog needs (structurally Payload's Field). */
export type FieldConfigLike = {
  type: string
  name?: string
  label?: unknown
  options?: ReadonlyArray<string | { value: string; label?: unknown }>
  relationTo?: string | readonly string[]
  fields?: readonly FieldConfigLike[]
  tabs?: ReadonlyArray<{ name?: string; fields: readonly FieldConfigLike[] }>
}

/** 'drugClass' → 'Drug class', 'usBrandNames' → 'Us brand names', 'fdaApproved' → 'Fda approved'. */
export const humanizeName = (name: string): string => {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const labelOf = (field: FieldConfigLike): string =>
  typeof field.label === 'string' && field.label.trim() !== '' ? field.label : humanizeName(field.name ?? '')

const kindOf = (field: FieldConfigLike): FieldKind => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return 'text'
    case 'number':
    case 'checkbox':
    case 'select':
    case 'date':
    case 'group':
    case 'array':
      return field.type
    case 'radio':
      return 'select'
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' ? 'relationship' : 'other'
    default:
      return 'other'
  }
}

/** Describes every named field of a collection, nested groups and arrays included; rows and tabs are layout only. */
export const fieldCatalog = (fields: readonly FieldConfigLike[]): FieldCatalog => {
  const catalog = new Map<string, FieldInfo>()
  const visit = (list: readonly FieldConfigLike[], prefix: string, parentLabel: string): void => {
    for (const field of list) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs ?? []) {
          if (tab.name) visit(tab.fields, `${prefix}${tab.name}.`, `${parentLabel}${humanizeName(tab.name)} › `)
          else visit(tab.fields, prefix, parentLabel)
        }
        continue
      }
      if (!field.name) {
        if (field.fields) visit(field.fields, prefix, parentLabel)
        continue
      }
      const path = `${prefix}${field.name}`
      const kind = kindOf(field)
      const info: FieldInfo = { label: `${parentLabel}${labelOf(field)}`, kind }
      if (kind === 'select')
        info.options = Object.fromEntries(
          (field.options ?? []).map((option) =>
            typeof option === 'string' ? [option, option] : [option.value, typeof option.label === 'string' ? option.label : option.value],
          ),
        )
      if (kind === 'relationship' && typeof field.relationTo === 'string') info.relationTo = field.relationTo
      catalog.set(path, info)
      if (field.fields) visit(field.fields, `${path}.`, `${info.label} › `)
    }
  }
  visit(fields, '', '')
  return catalog
}

/** Key under which callers pass the name of a related document. */
export const relatedKey = (collection: string, id: JsonValue): string => `${collection}:${String(id)}`

type Args = {
  change: FieldChange
  catalog: FieldCatalog
  /** Names of related documents by `relatedKey(collection, id)`. */
  names: Readonly<Record<string, string>>
}

export type ReadableFieldChange = { path: string; label: string; before: string; after: string }

const NOTHING = '—'

const dayFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })

const readable = (value: JsonValue, info: FieldInfo | undefined, names: Args['names']): string => {
  if (value === null || value === '') return NOTHING
  if (Array.isArray(value)) return value.length === 0 ? NOTHING : value.map((item) => readable(item, info, names)).join(', ')
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (info?.kind === 'select' && typeof value === 'string') return info.options?.[value] ?? value
  if (info?.kind === 'relationship' && info.relationTo && (typeof value === 'string' || typeof value === 'number'))
    return names[relatedKey(info.relationTo, value)] ?? `${humanizeName(info.relationTo)} (not readable)`
  if (info?.kind === 'date' && typeof value === 'string') {
    const time = Date.parse(value)
    return Number.isNaN(time) ? value : dayFormat.format(time)
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value)
      .filter(([key]) => key !== 'id' && !key.startsWith('_'))
      .map(([key, item]) => `${humanizeName(key)}: ${readable(item, undefined, names)}`)
    return parts.length === 0 ? NOTHING : parts.join('; ')
  }
  return String(value)
}

/** The catalog path of a change path: numeric segments are array positions. */
const catalogPath = (path: string): string =>
  path
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.')

/** The label of a change, with a row number for array items ("Key points › Text (row 2)"). */
const labelFor = (path: string, catalog: FieldCatalog): string => {
  const info = catalog.get(catalogPath(path))
  const rows = path
    .split('.')
    .filter((segment) => /^\d+$/.test(segment))
    .map((segment) => Number(segment) + 1)
  const label =
    info?.label ??
    humanizeName(
      path
        .split('.')
        .filter((segment) => !/^\d+$/.test(segment))
        .pop() ?? path,
    )
  return rows.length === 0 ? label : `${label} (row ${rows.join('.')})`
}

export const readableFieldChange = ({ change, catalog, names }: Args): ReadableFieldChange => {
  const info = catalog.get(catalogPath(change.path))
  return {
    path: change.path,
    label: labelFor(change.path, catalog),
    before: readable(change.before, info, names),
    after: readable(change.after, info, names),
  }
}

/** Related documents a list of changes names, by collection: what the caller must look up. */
export const relatedIdsIn = (changes: readonly FieldChange[], catalog: FieldCatalog): Map<string, Set<string>> => {
  const wanted = new Map<string, Set<string>>()
  const add = (collection: string, value: JsonValue): void => {
    if (Array.isArray(value)) return value.forEach((item) => add(collection, item))
    if (typeof value !== 'string' && typeof value !== 'number') return
    const ids = wanted.get(collection) ?? new Set<string>()
    ids.add(String(value))
    wanted.set(collection, ids)
  }
  for (const change of changes) {
    const info = catalog.get(catalogPath(change.path))
    if (info?.kind !== 'relationship' || !info.relationTo) continue
    add(info.relationTo, change.before)
    add(info.relationTo, change.after)
  }
  return wanted
}
