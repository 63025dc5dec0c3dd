type Args = {
  /** The If-None-Match request header (Node joins repeated headers with ', '). */
  header: string | readonly string[] | null | undefined
  /** The ETag of the representation that would be sent. */
  etag: string
}

/** One entity-tag in a list, with the separator after it (RFC 9110 §8.8.3: etagc excludes `"`, allows `,`). */
const ENTITY_TAG = /[ \t]*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"[ \t]*(?:,|$)/y

const opaque = (etag: string): string | null => {
  const match = /^(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/.exec(etag.trim())
  return match ? match[1] : null
}

/**
 * Whether a GET should be answered 304: the header is `*` or lists the ETag. Comparison is weak, as
 * RFC 9110 §13.1.2 requires for If-None-Match (`W/"x"` matches `"x"`). A malformed header never
 * matches, so the client gets the full response.
 */
export const ifNoneMatchMatches = ({ header, etag }: Args): boolean => {
  const value = (typeof header === 'string' ? header : (header ?? []).join(', ')).trim()
  if (value === '') return false
  if (value === '*') return true
  const wanted = opaque(etag)
  if (wanted === null) return false
  let found = false
  ENTITY_TAG.lastIndex = 0
  while (ENTITY_TAG.lastIndex < value.length) {
    const start = ENTITY_TAG.lastIndex
    // Empty list elements (", ,") are allowed by the list syntax.
    const empty = /[ \t]*,/y
    empty.lastIndex = start
    if (empty.test(value)) {
      ENTITY_TAG.lastIndex = empty.lastIndex
      continue
    }
    const match = ENTITY_TAG.exec(value)
    if (!match) return false
    if (match[2] === wanted) found = true
  }
  return found
}
