/**
 * The feed's JSON shapes and rules, framework-free: the HTTP layer matches a path, reads revisions
 * from its store, and calls these to answer.
 */
export type { ChangeEvent, ChangesPage } from './changeEvent'
export type { FeedError } from './feedError'
export type { FeedRoute } from './matchFeedPath'
export type { FeedIndex, IndexedRevision, IndexEntry } from './indexEntry'
export type { OutOfDate, OutOfDateInput } from './findOutOfDate'
export type { ChangesQuery } from './parseChangesQuery'

export { buildFeedIndex } from './buildFeedIndex'
export { cacheControl } from './cacheControl'
export { changeEventFor, changeEventSchema, changesPageSchema } from './changeEvent'
export { decodeCursor, encodeCursor } from './cursor'
export { bodyHash, strongEtag, weakEtag } from './etag'
export { escapeXml } from './escapeXml'
export { feedError, feedErrorSchema } from './feedError'
export { feedJsonSchema } from './feedJsonSchema'
export { FEED_BASE, feedPaths, feedUrls, latestPath, versionPath } from './feedPaths'
export { findOutOfDate, outOfDateSchema } from './findOutOfDate'
export { ifNoneMatchMatches } from './ifNoneMatchMatches'
export { buildIndexEntry, feedIndexSchema, indexEntrySchema } from './indexEntry'
export { matchFeedPath } from './matchFeedPath'
export { pageEvents } from './pageEvents'
export { INDEX_PAGE_SIZE, pageIndex, parseIndexPage } from './pageIndex'
export { DEFAULT_CHANGES_LIMIT, MAX_CHANGES_LIMIT, parseChangesQuery } from './parseChangesQuery'
export { renderAtom } from './renderAtom'
