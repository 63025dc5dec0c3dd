import type { FieldShape, Problem } from './fieldShape'
import type { IdKind } from './ids'

import { isPlainObject } from './fieldShape'
import { checkWhere } from './whereQuery'

/** What the query of a request may refer to: the fields of each collection, by slug. */
export type QueryContext = {
  idKind: IdKind
  /** The fields of the collection the route is about, if any. */
  fields?: readonly FieldShape[]
  fieldsOf: (collection: string) => readonly FieldShape[] | undefined
}

const wholeNumber = /^(0|[1-9][0-9]{0,8})$/

/** Limits on Payload's number parameters: `limit=0` means no limit, as in Payload. */
const numberRanges: Record<string, { min: number; max: number }> = {
  limit: { min: 0, max: 100_000 },
  page: { min: 1, max: 1_000_000 },
  depth: { min: 0, max: 10 },
}

const booleanParameters = [
  'draft',
  'autosave',
  'trash',
  'overrideLock',
  'pagination',
  'flattenLocales',
  'publishAllLocales',
  'unpublishAllLocales',
]

const textParameters = ['locale', 'fallback-locale', 'fallbackLocale', 'publishSpecificLocale']

const sortPath = /^-?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

/** `select`, `populate` and `joins` are trees of field names whose leaves are true, false or small values. */
const checkTree = (name: string, value: unknown, problems: Problem[]) => {
  if (!isPlainObject(value)) {
    problems.push({ field: name, message: `${name} must be a set of fields, as ${name}[field]=true.` })
    return
  }
  const stack: { value: Record<string, unknown>; depth: number }[] = [{ value, depth: 1 }]
  while (stack.length > 0) {
    const { value: node, depth } = stack.pop()!
    if (depth > 10) {
      problems.push({ field: name, message: `${name} nests deeper than 10 levels.` })
      return
    }
    for (const child of Object.values(node)) {
      if (isPlainObject(child)) stack.push({ value: child, depth: depth + 1 })
      else if (Array.isArray(child)) {
        problems.push({ field: name, message: `${name} must be a set of fields, not a list.` })
        return
      }
    }
  }
}

/**
 * Checks the query parameters Payload reads (limit, page, depth, sort, where, draft, locale, select,
 * populate, joins, data) before Payload converts them: `limit=1e20`, `limit[a]=1`, `page=1e308`,
 * `where=abc` and a `where` on a date with a value that is no date are refused, naming the parameter.
 * Parameters Payload does not read are left alone.
 */
export const checkQueryParameters = (query: Record<string, unknown>, context: QueryContext): Problem[] => {
  const problems: Problem[] = []
  for (const [name, range] of Object.entries(numberRanges)) {
    if (!(name in query)) continue
    const value = query[name]
    const number = typeof value === 'string' && wholeNumber.test(value) ? Number(value) : Number.NaN
    if (!(number >= range.min && number <= range.max)) {
      problems.push({ field: name, message: `${name} must be a whole number from ${range.min} to ${range.max}.` })
    }
  }
  for (const name of booleanParameters) {
    if (name in query && query[name] !== 'true' && query[name] !== 'false') {
      problems.push({ field: name, message: `${name} must be true or false.` })
    }
  }
  for (const name of textParameters) {
    if (name in query && typeof query[name] !== 'string') problems.push({ field: name, message: `${name} must be text.` })
  }
  if ('sort' in query) {
    const sort = query.sort
    const paths = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : [sort]
    if (!paths.every((path) => typeof path === 'string' && sortPath.test(path.trim()))) {
      problems.push({ field: 'sort', message: 'sort must be field names separated by commas, each optionally preceded by -.' })
    }
  }
  for (const name of ['select', 'populate', 'joins']) {
    if (name in query) checkTree(name, query[name], problems)
  }
  if ('data' in query) {
    try {
      if (typeof query.data !== 'string') throw new TypeError()
      JSON.parse(query.data)
    } catch {
      problems.push({ field: 'data', message: 'data must be JSON.' })
    }
  }
  if ('where' in query) {
    let where = query.where
    if (typeof where === 'string') {
      try {
        where = JSON.parse(where)
      } catch {
        problems.push({ field: 'where', message: 'where must be conditions, as where[field][operator]=value or a JSON object.' })
        return problems
      }
    }
    problems.push(...checkWhere(where, context))
  }
  return problems
}
