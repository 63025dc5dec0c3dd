import type { FieldShape, Problem } from './fieldShape'
import type { QueryContext } from './queryParameters'

import { dataFields, isCalendarDate, isPlainObject, optionValues } from './fieldShape'
import { isWellFormedId } from './ids'

const operators = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const listOperators = new Set(['in', 'not_in', 'all'])
const comparisons = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const textMatches = new Set(['like', 'not_like', 'contains'])
const geometry = new Set(['near', 'within', 'intersects'])
const textTypes = new Set(['text', 'textarea', 'email', 'code'])
const containerTypes = new Set(['array', 'blocks', 'group', 'join', 'richText', 'json'])

const maxConditions = 200
const maxNesting = 8

/** What a `where` path ends on: an id, or a field. */
type Target = { kind: 'id'; hasMany?: boolean } | { kind: 'field'; field: FieldShape }

/** Follows `board.name` through groups, rows, arrays and relationships; `undefined` when Payload does not know the path. */
const resolvePath = (path: string, context: QueryContext): Target | undefined => {
  let fields: readonly FieldShape[] | undefined = context.fields
  let target: Target | undefined
  for (const [index, segment] of path.split('.').entries()) {
    if (!fields) return undefined
    const field = dataFields(fields).find((candidate) => candidate.name === segment)
    if (!field) return segment === 'id' && (index === 0 || target?.kind === 'id') ? { kind: 'id' } : undefined
    if (field.type === 'relationship' || field.type === 'upload') {
      // a relationship to several collections is queried as { relationTo, value }: left to Payload
      if (typeof field.relationTo !== 'string') return undefined
      target = { kind: 'id', hasMany: field.hasMany }
      fields = typeof field.relationTo === 'string' ? context.fieldsOf(field.relationTo) : undefined
      continue
    }
    target = { kind: 'field', field }
    fields = field.type === 'blocks' ? (field.blocks ?? []).flatMap((block) => block.fields) : field.fields
  }
  return target
}

const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value)

const numeric = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d{1,3})?$/i
const digits = /^\d{1,16}$/

/** Whether one value (one item of an `in` list) suits the target of the condition. */
const suits = (value: unknown, target: Target, operator: string, context: QueryContext): boolean => {
  if (value === null || value === 'null') return operator === 'equals' || operator === 'not_equals'
  if (target.kind === 'id') {
    if (comparisons.has(operator)) return digits.test(String(value))
    return isWellFormedId(value, context.idKind)
  }
  const { type } = target.field
  if (type === 'number') return numeric.test(String(value)) && Number.isFinite(Number(value))
  if (type === 'date') return isCalendarDate(value)
  if (type === 'checkbox') return value === true || value === false || value === 'true' || value === 'false'
  // PostgreSQL stores options as an enum: any other text is an error there, not "no match"
  if (type === 'select' || type === 'radio') return optionValues(target.field).includes(String(value))
  return typeof value === 'string' || typeof value === 'number'
}

const operatorProblem = (target: Target, operator: string): string | undefined => {
  if (geometry.has(operator) && (target.kind === 'id' || target.field.type !== 'point')) {
    return `${operator} only applies to a point field`
  }
  if (operator === 'exists') return undefined
  if (target.kind === 'field' && containerTypes.has(target.field.type) && !textMatches.has(operator)) {
    return `a ${target.field.type} field can only be queried with exists, like or contains`
  }
  const hasMany = target.kind === 'id' ? target.hasMany : target.field.hasMany
  if (operator === 'all' && (!hasMany || target.kind === 'id')) {
    return 'all only applies to a select, text or number field with several values'
  }
  const type = target.kind === 'id' ? 'relationship' : target.field.type
  if (textMatches.has(operator) && !textTypes.has(type) && !containerTypes.has(type)) {
    return `${operator} only applies to text`
  }
  return undefined
}

const listOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (isPlainObject(value)) return Object.values(value)
  return [value]
}

const checkCondition = (path: string, condition: unknown, context: QueryContext, problems: Problem[]) => {
  const field = `where.${path}`
  if (!isPlainObject(condition)) {
    problems.push({ field, message: `${field} must name an operator, as where[${path}][equals]=value.` })
    return
  }
  const target = resolvePath(path, context)
  for (const [operator, value] of Object.entries(condition)) {
    const at = `${field}.${operator}`
    if (!operators.has(operator)) {
      problems.push({ field: at, message: `${at}: ${operator} is not an operator (use one of ${[...operators].join(', ')}).` })
      continue
    }
    if (operator === 'exists') {
      if (!['true', 'false', true, false].includes(value as string)) problems.push({ field: at, message: `${at} must be true or false.` })
      continue
    }
    if (!target) continue
    const values = listOperators.has(operator) ? listOf(value) : [value]
    if (!values.every(isScalar)) {
      problems.push({ field: at, message: `${at} must be a value, not a set of values.` })
      continue
    }
    const wrongOperator = operatorProblem(target, operator)
    if (wrongOperator) {
      problems.push({ field: at, message: `${at}: ${wrongOperator}.` })
      continue
    }
    if (textMatches.has(operator)) continue
    const bad = values.find((item) => !suits(item, target, operator, context))
    if (bad !== undefined) {
      const options = target.kind === 'field' ? optionValues(target.field) : []
      const expected =
        target.kind === 'id'
          ? 'an id'
          : target.field.type === 'date'
            ? 'a date that exists'
            : options.length > 0
              ? `one of ${options.join(', ')}`
              : `a ${target.field.type} value`
      problems.push({ field: at, message: `${at} must be ${expected}, not ${JSON.stringify(bad)}.` })
    }
  }
}

/**
 * Checks the shape of a `where` query (and/or lists of conditions, each `{ path: { operator: value } }`)
 * and that each value suits the field it is compared with: ids for ids and relationships, dates for
 * dates, numbers for numbers, point operators only on points.
 */
export const checkWhere = (where: unknown, context: QueryContext): Problem[] => {
  const problems: Problem[] = []
  let conditions = 0
  const visit = (node: unknown, path: string, nesting: number) => {
    if (!isPlainObject(node)) {
      problems.push({ field: path, message: `${path} must be conditions, as where[field][operator]=value.` })
      return
    }
    if (nesting > maxNesting) {
      problems.push({ field: path, message: `${path} nests and/or deeper than ${maxNesting} levels.` })
      return
    }
    for (const [key, value] of Object.entries(node)) {
      if (++conditions > maxConditions) {
        problems.push({ field: 'where', message: `where has more than ${maxConditions} conditions.` })
        return
      }
      // GraphQL spells them AND and OR
      if (['and', 'or'].includes(key.toLowerCase())) {
        const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : undefined
        if (!list) problems.push({ field: `${path}.${key}`, message: `${path}.${key} must be a list of conditions.` })
        else list.forEach((item, index) => visit(item, `${path}.${key}.${index}`, nesting + 1))
      } else {
        checkCondition(key, value, context, problems)
      }
    }
  }
  visit(where, 'where', 0)
  return problems
}
