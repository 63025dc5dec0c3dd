import type { RevisionType } from '../revisions/revisionTypes'

import { isRevisionType } from '../revisions/revisionTypes'
import { FEED_BASE, feedPaths } from './feedPaths'

export type FeedRoute =
  | { route: 'index' | 'changes' | 'atom' | 'schema' }
  | { route: 'latest'; type: RevisionType; slug: string }
  | { route: 'version'; type: RevisionType; slug: string; version: number }

const DOCUMENT = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/v([1-9]\d{0,8}))?\.json$/

/**
 * Which feed resource a request path names; null when it names none (the caller answers 404). A path
 * outside `/feed/v1/` is null too, so a server can try this first and hand everything else on.
 * Only canonical spellings match: no 'v01', no upper case, no trailing slash.
 */
export const matchFeedPath = ({ pathname }: { pathname: string }): FeedRoute | null => {
  for (const route of ['index', 'changes', 'atom', 'schema'] as const) {
    if (pathname === feedPaths[route]) return { route }
  }
  if (!pathname.startsWith(`${FEED_BASE}/`)) return null
  const match = DOCUMENT.exec(pathname.slice(FEED_BASE.length + 1))
  if (!match || !isRevisionType(match[1])) return null
  const [, type, slug, version] = match
  return version === undefined
    ? { route: 'latest', type: type as RevisionType, slug }
    : { route: 'version', type: type as RevisionType, slug, version: Number(version) }
}
