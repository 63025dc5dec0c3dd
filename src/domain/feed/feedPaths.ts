import type { RevisionType } from '../revisions/revisionTypes'

/** Every feed URL starts here; a breaking change to the feed's JSON gets a new prefix. */
export const FEED_BASE = '/feed/v1'

export const feedPaths = {
  index: `${FEED_BASE}/index.json`,
  changes: `${FEED_BASE}/changes.json`,
  atom: `${FEED_BASE}/changes.atom`,
  schema: `${FEED_BASE}/schema.json`,
  search: `${FEED_BASE}/search.json`,
} as const

type DocumentArgs = { type: RevisionType; slug: string }
type VersionArgs = DocumentArgs & { version: number }

/** `/feed/v1/drugs/pazopanib.json`: the latest revision (410 once retired). */
export const latestPath = ({ type, slug }: DocumentArgs): string => `${FEED_BASE}/${type}/${encodeURIComponent(slug)}.json`

/** `/feed/v1/drugs/pazopanib/v2.json`: one revision, immutable. */
export const versionPath = ({ type, slug, version }: VersionArgs): string =>
  `${FEED_BASE}/${type}/${encodeURIComponent(slug)}/v${version}.json`

/** Absolute URLs of a document's latest and numbered revision; `origin` like 'https://galley.example.org'. */
export const feedUrls = ({ origin, ...version }: VersionArgs & { origin: string }): { latest: string; version: string } => {
  const base = origin.replace(/\/+$/, '')
  return { latest: `${base}${latestPath(version)}`, version: `${base}${versionPath(version)}` }
}
