import type { Approval, Revision, RetiredRevision } from '../revisionSchema'

import { revisionChangeLog } from '../revisionChangeLog'
import { RevisionInvalidError } from '../RevisionInvalidError'
import { sealRevision } from './sealRevision'

type Args = {
  /** The document's latest revision: it must be a publication. */
  previous: Revision
  approval: Approval
  now: Date
}

/**
 * The revision that takes a document down: next version, no content, a change log removing everything.
 * The document's numbered versions stay the historical record; a later publication starts from nothing.
 */
export const buildRetirement = ({ previous, approval, now }: Args): RetiredRevision => {
  if (previous.kind !== 'published') {
    throw new RevisionInvalidError({
      subject: `${previous.type} ${previous.slug}`,
      issues: [{ path: 'previous', message: `is already retired (v${previous.version}); only a published document can be retired` }],
    })
  }
  const revision = sealRevision({
    type: previous.type,
    kind: 'retired',
    slug: previous.slug,
    documentId: previous.documentId,
    version: previous.version + 1,
    title: previous.title,
    publishedAt: now.toISOString(),
    ...approval,
    previousHash: previous.hash,
    content: null,
    changeLog: revisionChangeLog({ before: previous, after: null }),
  })
  return revision as RetiredRevision
}
