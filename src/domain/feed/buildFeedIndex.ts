import type { FeedIndex, IndexedRevision } from './indexEntry'

import { revisionTypes } from '../revisions/revisionTypes'
import { findOutOfDate } from './findOutOfDate'
import { buildIndexEntry } from './indexEntry'

type Args = {
  /** Stored revisions (or their listings): at least the latest of each document and, for a retired one, its last publication. */
  revisions: readonly IndexedRevision[]
  origin: string
  /** The public page of a document, when it has one. */
  htmlUrl?: (revision: IndexedRevision) => string | undefined
}

/** `index.json`: one entry per document (retired ones flagged), out-of-date translations marked, by type then slug. */
export const buildFeedIndex = ({ revisions, origin, htmlUrl }: Args): FeedIndex => {
  const latest = new Map<string, IndexedRevision>()
  const lastPublished = new Map<string, IndexedRevision>()
  for (const revision of revisions) {
    const key = `${revision.type}/${revision.slug}`
    if ((latest.get(key)?.version ?? 0) < revision.version) latest.set(key, revision)
    if (revision.kind === 'published' && (lastPublished.get(key)?.version ?? 0) < revision.version) lastPublished.set(key, revision)
  }
  const outOfDate = findOutOfDate({ revisions: [...latest.values()] })
  const order = (revision: IndexedRevision) => revisionTypes.indexOf(revision.type)
  const documents = [...latest.entries()]
    .sort(([, a], [, b]) => order(a) - order(b) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map(([key, revision]) =>
      buildIndexEntry({
        latest: revision,
        lastPublished: lastPublished.get(key),
        origin,
        htmlUrl: htmlUrl?.(revision),
        outOfDate: revision.type === 'summaries' ? outOfDate.get(revision.slug) : undefined,
      }),
    )
  return { documents }
}
