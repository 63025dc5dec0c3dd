import type { PayloadRequest } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { ChangeLog } from '@/domain/diff'

import { diffDocuments } from '@/domain/diff'
import { documentCitations } from '@/domain/diff/documentCitations'

import { reviewView } from './describeReview'
import { userNames } from '@/people/userNames'
import { slugs } from '@collections/slugs'

type Args = { req: PayloadRequest; collection: ReviewedCollection; id: string }

/** Short labels for cited references: "Author et al. Title (year)". */
const loadReferenceLabels = async (req: PayloadRequest, ids: string[]): Promise<Record<string, string>> => {
  if (ids.length === 0) return {}
  const { docs } = await req.payload.find({
    collection: slugs.references,
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: false,
  })
  return Object.fromEntries(docs.map((reference) => [String(reference.id), reference.citation || reference.title]))
}

/**
 * Everything the document's Review tab shows, read with the signed-in user's access: the review
 * (state, votes against quorum, allowed actions, comments, audit trail) and the diff of the draft
 * against the published version.
 */
export const loadReviewPage = async ({ req, collection, id }: Args) => {
  const view = await reviewView({ req, ref: { collection, id } })
  const [draft, current] = await Promise.all([
    req.payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: false }),
    req.payload.findByID({ collection, id, draft: false, depth: 0, req, overrideAccess: false }),
  ])
  const published = current._status === 'published' ? current : null
  const changeLog: ChangeLog = diffDocuments({ before: published, after: draft })

  const cited = new Set([...documentCitations(draft), ...documentCitations(published)])
  const people = new Set<string>()
  for (const vote of view.votes) people.add(vote.voterId)
  for (const vote of view.tally.notCounted) people.add(vote.voterId)
  for (const event of view.history) if (event.actor) people.add(String(event.actor))
  if (view.submittedBy) people.add(view.submittedBy)

  const [names, referenceLabels] = await Promise.all([
    userNames(req, people).then((names) => Object.fromEntries(names)),
    loadReferenceLabels(req, [...cited]),
  ])
  return { view, changeLog, hasPublished: published !== null, names, referenceLabels }
}

export type ReviewPage = Awaited<ReturnType<typeof loadReviewPage>>
