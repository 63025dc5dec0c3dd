import crypto from 'node:crypto'

const volatile = new Set(['id', 'createdAt', 'updatedAt', '_status', 'board'])

/** JSON with object keys sorted, so equal content always has the same text. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/**
 * sha256 of a document's content as reviewers see it: top-level bookkeeping (ids, timestamps,
 * status) left out, so saving the same content twice gives the same hash.
 */
export const contentHash = (doc: Record<string, unknown>): string => {
  const content = Object.fromEntries(Object.entries(doc).filter(([key]) => !volatile.has(key)))
  return `sha256:${crypto.createHash('sha256').update(canonicalJson(content)).digest('hex')}`
}
