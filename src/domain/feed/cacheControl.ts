/** Cache-Control values of the feed's responses. */
export const cacheControl = {
  /** A numbered revision never changes. */
  immutable: 'public, max-age=31536000, immutable',
  /** The latest revision, the index and the schema: a minute fresh, then served stale while revalidating. */
  latest: 'public, max-age=60, stale-while-revalidate=600',
  /** A changes page or the Atom feed: revalidated every time (no ETag: the page is rebuilt), so a new publication shows at once. */
  changes: 'public, no-cache',
  /** Errors (400, 404, 410) are not worth keeping. */
  error: 'no-store',
} as const
