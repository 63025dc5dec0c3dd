import type { PayloadRequest } from 'payload'

import type { PreviewableType } from '@/domain/pages'
import type { Revision, RevisionIssue } from '@/domain/revisions'

import { relationValue } from '@/db/relationValue'
import { documentTitle, RevisionInvalidError } from '@/domain/revisions'
import { approvalOf, buildNextRevision, latestRevision } from '@/revisions/recordRevision'

import { readReview } from './reviewStore'

type Args = {
  /** The staff member's request: the draft is read with their access. */
  req: PayloadRequest
  collection: PreviewableType
  slug: string
}

export type Preview =
  | { kind: 'revision'; revision: Revision; published: Revision | null }
  | { kind: 'not-publishable'; title: string; issues: readonly RevisionIssue[] }

/**
 * The revision the current draft would become if it were approved and published now, built by the
 * same code as a publication but never stored: what draft preview shows. The draft is read with the
 * viewer's own access (`overrideAccess: false`). A draft that could not be published yet (a link to
 * an unpublished document, say) comes back with its issues instead. Null when there is no such draft.
 */
export const previewRevision = async ({ req, collection, slug }: Args): Promise<Preview | null> => {
  const { docs } = await req.payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    limit: 1,
    pagination: false,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return null
  const ref = { collection, id: doc.id as string | number }
  const published = await latestRevision(req, ref)
  const stored = await readReview({ req, ref, publishedWithoutReview: async () => false })
  const review = 'ok' in stored ? null : stored.review
  const approval = {
    ...(await approvalOf({ req, boardId: relationValue(doc.board as number), review: null })),
    changeType: review?.changeType ?? (published ? 'minor-change' : 'new'),
    publicNote: review?.publicNote ?? null,
  }
  try {
    const revision = await buildNextRevision({ req, type: collection, doc, previous: published, approval, now: new Date() })
    return { kind: 'revision', revision, published }
  } catch (error) {
    if (!(error instanceof RevisionInvalidError)) throw error
    return { kind: 'not-publishable', title: documentTitle({ type: collection, doc }), issues: error.issues }
  }
}
