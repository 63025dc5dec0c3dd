import type { FieldChange } from './changeLog'

import { isLexicalState, isPlainObject } from '../richtext/lexicalState'
import { lexicalToPlainText } from '../richtext/plainText'
import { toTokens } from '../richtext/tokens'
import { countChangedWords, diffTokens } from './diffTokens'
import { isIgnoredKey, isJsonEqual, normalizeValue, toJsonValue } from './jsonValue'

type Args = {
  before: unknown
  after: unknown
  ignore: ReadonlySet<string>
}

export type FieldsDiff = {
  changes: FieldChange[]
  /** Words inserted and deleted in rich text fields. */
  wordsInserted: number
  wordsDeleted: number
}

const isScalar = (value: unknown): boolean => normalizeValue(value) === null || typeof normalizeValue(value) !== 'object'

/**
 * Structured field changes between two values, as dotted paths. Objects are compared key by key,
 * arrays of objects item by item ('approvals.0.status'), arrays of scalars as whole values, rich text
 * by its plain text. An item or key present on one side only is reported whole, with null on the other.
 */
export const diffFields = ({ before, after, ignore }: Args): FieldsDiff => {
  const result: FieldsDiff = { changes: [], wordsInserted: 0, wordsDeleted: 0 }

  const report = (path: string, a: unknown, b: unknown): void => {
    const beforeJson = toJsonValue(a, ignore)
    const afterJson = toJsonValue(b, ignore)
    if (!isJsonEqual(beforeJson, afterJson)) result.changes.push({ path, before: beforeJson, after: afterJson })
  }

  const compareRichText = (path: string, a: unknown, b: unknown): void => {
    const beforeText = isLexicalState(a) ? lexicalToPlainText(a) : toJsonValue(a, ignore)
    const afterText = isLexicalState(b) ? lexicalToPlainText(b) : toJsonValue(b, ignore)
    if (isJsonEqual(beforeText, afterText)) return
    result.changes.push({ path, before: beforeText, after: afterText })
    const words = countChangedWords(diffTokens({ before: toTokens(a), after: toTokens(b) }))
    result.wordsInserted += words.inserted
    result.wordsDeleted += words.deleted
  }

  const compare = (path: string, rawA: unknown, rawB: unknown): void => {
    // The compared documents themselves have ids and timestamps too: only nested values stand for an id.
    const a = path ? normalizeValue(rawA) : rawA
    const b = path ? normalizeValue(rawB) : rawB
    if (isLexicalState(a) || isLexicalState(b)) return compareRichText(path, a, b)
    const join = (key: string | number): string => (path ? `${path}.${key}` : String(key))
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = new Set([...Object.keys(b), ...Object.keys(a)])
      for (const key of keys) if (!isIgnoredKey(key, ignore)) compare(join(key), a[key], b[key])
      return
    }
    if (Array.isArray(a) && Array.isArray(b) && !(a.every(isScalar) && b.every(isScalar))) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i < a.length && i < b.length) compare(join(i), a[i], b[i])
        else report(join(i), a[i], b[i])
      }
      return
    }
    report(path, a, b)
  }

  compare('', before ?? {}, after ?? {})
  return result
}
