import type { RevisionType } from '../revisions/revisionTypes'

import { isRevisionType } from '../revisions/revisionTypes'
import { FEED_BASE, feedPaths } from './feedPaths'

export type FeedRoute =
  | { route: 'index' | 'changes' | 'atom' | 'schema' | 'search' }
  | { route: 'latest'; type: RevisionType; slug: string }
  | { route: 'version'; type: RevisionType; slug: string; version: number }
  /** A summary as PDQ XML (or a redirect to its JSON), by its PDQ id; `version` absent for the latest. */
  | { route: 'pdq'; cdrId: string; version?: number; format: 'xml' | 'json' }
  /** The weekly partner list of changed PDQ documents, ISO week `year`-W`week`. */
  | { route: 'pdqChanges'; year: number; week: number }

const PDQ_DOCUMENT = /^pdq\/(CDR\d{10})(?:\/v([1-9]\d{0,8}))?\.(xml|json)$/
const PDQ_CHANGES = /^pdq\/changes\/(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])\.txt$/
const DOCUMENT = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/v([1-9]\d{0,8}))?\.json$/

/**
 * Which feed resource a request path names; null when it names none (the caller answers 404). A path
 * outside `/feed/v1/` is null too, so a server can try this first and hand everything else on.
 * Only canonical spellings match: no 'v01', no upper case, no trailing slash.
 */
export const matchFeedPath = ({ pathname }: { pathname: string }): FeedRoute | null => {
  for (const route of ['index', 'changes', 'atom', 'schema', 'search'] as const) {
    if (pathname === feedPaths[route]) return { route }
  }
  if (!pathname.startsWith(`${FEED_BASE}/`)) return null
  const rest = pathname.slice(FEED_BASE.length + 1)
  const pdq = PDQ_DOCUMENT.exec(rest)
  if (pdq) return { route: 'pdq', cdrId: pdq[1], format: pdq[3] as 'xml' | 'json', ...(pdq[2] ? { version: Number(pdq[2]) } : {}) }
  const week = PDQ_CHANGES.exec(rest)
  if (week) return { route: 'pdqChanges', year: Number(week[1]), week: Number(week[2]) }
  const match = DOCUMENT.exec(rest)
  if (!match || !isRevisionType(match[1])) return null
  const [, type, slug, version] = match
  return version === undefined
    ? { route: 'latest', type: type as RevisionType, slug }
    : { route: 'version', type: type as RevisionType, slug, version: Number(version) }
}
