import type { FieldShape, Problem } from './fieldShape'
import type { IdKind } from './ids'

import { dataFields, isCalendarDate, isPlainObject, nestingDepth, optionValues } from './fieldShape'
import { isWellFormedId } from './ids'

/** A relationship value in a body: the id must exist in `relationTo` before it is stored. */
export type RelatedId = { field: string; relationTo: string; id: string | number }

/** Rich text deeper than this is not an editor's document (a Lexical list nested ten deep is ~45). */
export const maxRichTextDepth = 64
/** A JSON field deeper than this is refused. */
export const maxJsonDepth = 32

type Args = {
  data: unknown
  fields: readonly FieldShape[]
  idKind: IdKind
  /** On `create`, an array that must have rows (minRows ≥ 1) must be sent. */
  operation: 'create' | 'update'
}

type Check = { problems: Problem[]; relatedIds: RelatedId[]; idKind: IdKind; operation: Args['operation'] }

const joinPath = (parent: string, name: string | number): string => (parent ? `${parent}.${name}` : String(name))

const describe = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'text'
  return `a ${typeof value}`
}

const wrongType = (check: Check, path: string, expected: string, value: unknown) => {
  check.problems.push({ field: path, message: `${path} must be ${expected}, not ${describe(value)}.` })
}

const checkRelationship = (check: Check, field: FieldShape, path: string, value: unknown) => {
  const targets = typeof field.relationTo === 'string' ? [field.relationTo] : [...(field.relationTo ?? [])]
  const polymorphic = Array.isArray(field.relationTo)
  let relationTo = targets[0]
  let id: unknown = value
  if (polymorphic) {
    if (!isPlainObject(value) || typeof value.relationTo !== 'string' || !targets.includes(value.relationTo)) {
      wrongType(check, path, `{ relationTo: ${targets.join(' | ')}, value: id }`, value)
      return
    }
    relationTo = value.relationTo
    id = value.value
  } else if (isPlainObject(value)) {
    id = value.id
  }
  if (!isWellFormedId(id, check.idKind)) {
    check.problems.push({ field: path, message: `${path} must be the id of a document in ${relationTo}.` })
    return
  }
  check.relatedIds.push({ field: path, relationTo, id: id as string | number })
}

const checkRichText = (check: Check, path: string, value: unknown) => {
  const root = isPlainObject(value) ? value.root : undefined
  if (!isPlainObject(root) || !Array.isArray(root.children)) {
    wrongType(check, path, 'a rich text document ({ root: { children: [...] } })', value)
    return
  }
  if (nestingDepth(value, maxRichTextDepth) > maxRichTextDepth) {
    check.problems.push({ field: path, message: `${path} nests deeper than ${maxRichTextDepth} levels.` })
  }
}

const checkRows = (check: Check, field: FieldShape, path: string, given: unknown) => {
  // Payload's admin form sends an array it holds no rows of as its row count, 0: that is an empty list.
  const value = given === 0 ? [] : given
  if (!Array.isArray(value)) return wrongType(check, path, 'a list of rows', value)
  if (value.length === 0 && ((field.minRows ?? 0) > 0 || field.required)) {
    check.problems.push({ field: path, message: `${path} needs at least ${Math.max(field.minRows ?? 1, 1)} row.` })
  }
  value.forEach((row, index) => {
    const rowPath = joinPath(path, index)
    if (!isPlainObject(row)) return wrongType(check, rowPath, 'a row (an object)', row)
    if (field.type === 'array') return checkFields(check, field.fields ?? [], rowPath, row)
    const block = field.blocks?.find((candidate) => candidate.slug === row.blockType)
    if (!block) {
      const kinds = (field.blocks ?? []).map((candidate) => candidate.slug).join(', ')
      check.problems.push({ field: joinPath(rowPath, 'blockType'), message: `${rowPath}.blockType must be one of ${kinds}.` })
      return
    }
    checkFields(check, block.fields, rowPath, row)
  })
}

const checkMany = (check: Check, field: FieldShape, path: string, value: unknown, each: (item: unknown, itemPath: string) => void) => {
  if (!field.hasMany) return each(value, path)
  if (!Array.isArray(value)) return wrongType(check, path, 'a list', value)
  value.forEach((item, index) => each(item, joinPath(path, index)))
}

const checkValue = (check: Check, field: FieldShape, path: string, value: unknown) => {
  if (value === null || value === undefined) return
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return checkMany(check, field, path, value, (item, itemPath) => {
        if (typeof item !== 'string') wrongType(check, itemPath, 'text', item)
      })
    case 'number':
      return checkMany(check, field, path, value, (item, itemPath) => {
        if (typeof item !== 'number' || !Number.isFinite(item)) wrongType(check, itemPath, 'a number', item)
      })
    case 'checkbox':
      if (typeof value !== 'boolean') wrongType(check, path, 'true or false', value)
      return
    case 'date':
      if (!isCalendarDate(value)) {
        check.problems.push({ field: path, message: `${path} must be a date that exists, as YYYY-MM-DD or ISO 8601.` })
      }
      return
    case 'select':
    case 'radio': {
      const allowed = optionValues(field)
      return checkMany(check, field, path, value, (item, itemPath) => {
        if (typeof item !== 'string' || !allowed.includes(item)) {
          check.problems.push({ field: itemPath, message: `${itemPath} must be one of ${allowed.join(', ')}.` })
        }
      })
    }
    case 'relationship':
    case 'upload':
      return checkMany(check, field, path, value, (item, itemPath) => checkRelationship(check, field, itemPath, item))
    case 'array':
    case 'blocks':
      return checkRows(check, field, path, value)
    case 'group':
      if (!isPlainObject(value)) return wrongType(check, path, 'an object', value)
      return checkFields(check, field.fields ?? [], path, value)
    case 'richText':
      return checkRichText(check, path, value)
    case 'json':
      if (nestingDepth(value, maxJsonDepth) > maxJsonDepth) {
        check.problems.push({ field: path, message: `${path} nests deeper than ${maxJsonDepth} levels.` })
      }
      return
    case 'point':
      if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
        wrongType(check, path, 'a [longitude, latitude] pair of numbers', value)
      }
      return
    default:
      return
  }
}

/**
 * Keys Payload reads or returns besides the fields: a document's or row's id, a block's type and
 * name, an account's password and the `collection` an account read carries.
 */
const documentKeys = new Set(['id', 'password', 'confirm-password', 'collection'])
const rowKeys = new Set(['id', 'blockType', 'blockName'])

const checkFields = (check: Check, fields: readonly FieldShape[], path: string, data: Record<string, unknown>) => {
  const known = new Set([
    ...dataFields(fields).map((field) => field.name),
    ...fields.filter((field) => field.type === 'ui').map((field) => field.name),
  ])
  const extra = path === '' ? documentKeys : rowKeys
  for (const key of Object.keys(data)) {
    if (!known.has(key) && !extra.has(key)) {
      const keyPath = joinPath(path, key)
      check.problems.push({ field: keyPath, message: `${keyPath} is not a field${path ? ` of ${path}` : ''}.` })
    }
  }
  for (const field of dataFields(fields)) {
    const name = field.name!
    const fieldPath = joinPath(path, name)
    if (Object.hasOwn(data, name)) {
      checkValue(check, field, fieldPath, data[name])
    } else if (check.operation === 'create' && path === '' && field.type === 'array' && (field.minRows ?? 0) > 0) {
      check.problems.push({ field: fieldPath, message: `${fieldPath} needs at least ${field.minRows} row.` })
    }
  }
}

/**
 * Checks the JS type of every value a write sends against the collection's fields, before anything
 * converts it: `name: {}`, `year: "2020"`, `roles: "admin"`, `brandNames: [1, 2]` and 30 February are
 * refused with the path of the field, not stored as something else, and so is a key that is no field
 * (Payload would drop it and save nothing). Returns the relationship ids the body names, to be checked
 * for existence.
 */
export const checkDocumentBody = ({ data, fields, idKind, operation }: Args): { problems: Problem[]; relatedIds: RelatedId[] } => {
  const check: Check = { problems: [], relatedIds: [], idKind, operation }
  if (!isPlainObject(data)) {
    wrongType(check, 'body', 'an object of fields', data)
    return check
  }
  checkFields(check, fields, '', data)
  return { problems: check.problems, relatedIds: check.relatedIds }
}
