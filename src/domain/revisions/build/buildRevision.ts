import type { Approval, PublishedRevision, RelatedRevision, Revision, RevisionOf } from '../revisionSchema'
import type { RevisionIssue } from '../RevisionInvalidError'
import type { RevisionType } from '../revisionTypes'

import { contentSchemas, documentTitle, publicContent } from '../content'
import { relatedId } from '../readDoc'
import { resolvePins } from '../resolvePins'
import { revisionChangeLog } from '../revisionChangeLog'
import { RevisionInvalidError, toRevisionIssues } from '../RevisionInvalidError'
import { sealRevision } from './sealRevision'

type Args<T extends RevisionType> = {
  type: T
  /** The document as stored (relationships as ids or populated); only its public fields are read. */
  doc: Record<string, unknown>
  /** The document's latest revision, or null for its first publication. */
  previous: Revision | null
  /** The latest revision of every document it links to or cites; other entries are ignored. */
  resolved: readonly RelatedRevision[]
  approval: Approval
  now: Date
}

/** Checks that `previous` is this document's latest revision. */
export const previousIssues = ({
  type,
  documentId,
  previous,
}: {
  type: RevisionType
  documentId: string | null
  previous: Revision | null
}): RevisionIssue[] => {
  if (!previous) return []
  if (previous.type !== type || previous.documentId !== documentId) {
    return [{ path: 'previous', message: `is ${previous.type} ${previous.documentId}, not ${type} ${documentId}` }]
  }
  return []
}

/**
 * The next revision of a document: its public content (related documents pinned, citations resolved),
 * version previous + 1, linked to the previous hash, with the change log since the previous content.
 * Throws RevisionInvalidError listing every issue when the content or the approval is not publishable.
 */
export const buildRevision = <T extends RevisionType>({ type, doc, previous, resolved, approval, now }: Args<T>): RevisionOf<T> => {
  const documentId = relatedId(doc.id)
  const slug = typeof doc.slug === 'string' ? doc.slug : ''
  const subject = `${type} ${slug || documentId || '(no slug)'}`
  const issues: RevisionIssue[] = previousIssues({ type, documentId, previous })
  if (!documentId) issues.push({ path: 'documentId', message: 'the document has no id' })

  const candidate = publicContent[type]({ doc, pins: resolvePins({ resolved, issues }) })
  const content = contentSchemas[type].safeParse(candidate)
  if (!content.success) issues.push(...toRevisionIssues(content.error.issues, 'content'))
  if (issues.length > 0 || !content.success) throw new RevisionInvalidError({ subject, issues })

  const revision = sealRevision({
    type,
    kind: 'published',
    slug,
    documentId: documentId ?? '',
    version: (previous?.version ?? 0) + 1,
    title: documentTitle({ type, doc: content.data as Record<string, unknown> }),
    publishedAt: now.toISOString(),
    ...approval,
    previousHash: previous?.hash ?? null,
    content: content.data,
    changeLog: revisionChangeLog({ before: previous, after: { slug, content: content.data } }),
  } as Omit<PublishedRevision, 'hash'>)
  return revision as RevisionOf<T>
}
