import { lexicalToPlainText } from '../richtext/plainText'
import { isLexicalState, isPlainObject } from '../richtext/lexicalState'

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** Keys never compared or reported: listed in `ignore`, or internal (leading underscore). */
export const isIgnoredKey = (key: string, ignore: ReadonlySet<string>): boolean => ignore.has(key) || key.startsWith('_')

/**
 * A related document populated into this one (it has an id and timestamps). It stands for its id:
 * a relationship stored as `12` and read back populated as `{ id: 12, ... }` has not changed.
 */
export const isPopulatedDocument = (value: unknown): value is Record<string, unknown> & { id: unknown } =>
  isPlainObject(value) && 'id' in value && ('createdAt' in value || 'updatedAt' in value)

/** The comparable form of a value: undefined → null, Date → ISO string, populated document → its id. */
export const normalizeValue = (value: unknown): unknown => {
  if (value === undefined) return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (isPopulatedDocument(value)) return normalizeValue(value.id)
  return value
}

/** A value as reported in a change log: JSON only, ignored keys dropped, rich text as plain text. */
export const toJsonValue = (value: unknown, ignore: ReadonlySet<string>): JsonValue => {
  const normalized = normalizeValue(value)
  if (normalized === null || typeof normalized === 'string' || typeof normalized === 'boolean') return normalized
  if (typeof normalized === 'number') return Number.isFinite(normalized) ? normalized : null
  if (typeof normalized === 'bigint') return normalized.toString()
  if (isLexicalState(normalized)) return lexicalToPlainText(normalized)
  if (Array.isArray(normalized)) return normalized.map((item) => toJsonValue(item, ignore))
  if (isPlainObject(normalized)) {
    const result: { [key: string]: JsonValue } = {}
    for (const [key, item] of Object.entries(normalized)) {
      if (item !== undefined && !isIgnoredKey(key, ignore)) result[key] = toJsonValue(item, ignore)
    }
    return result
  }
  return null
}

export const isJsonEqual = (a: JsonValue, b: JsonValue): boolean => {
  if (a === b) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => isJsonEqual(item, b[i]))
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a)
    if (keysA.length !== Object.keys(b).length) return false
    return keysA.every((key) => key in b && isJsonEqual(a[key], (b as { [key: string]: JsonValue })[key]))
  }
  return false
}
