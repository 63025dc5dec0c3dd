import type { PayloadRequest } from 'payload'

import type { Board, Review, ReviewEvent } from '@/domain/workflow'

import { initialReview, systemActor } from '@/domain/workflow'

type DocRef = { collection: string; id: string | number }

/** Numeric ids (SQLite, PostgreSQL) as numbers; MongoDB's ObjectId strings unchanged. */
export const relationId = (id: string | number): number => (/^\d+$/.test(String(id)) ? Number(id) : id) as number

export const docKey = ({ collection, id }: DocRef): string => `${collection}:${id}`

/** The stored review of a document, or the review its publication status implies. */
export const readReview = async ({
  req,
  ref,
  publishedWithoutReview,
}: {
  req: PayloadRequest
  ref: DocRef
  publishedWithoutReview: boolean
}): Promise<{ review: Review; rowId?: number | string }> => {
  const { docs } = await req.payload.find({
    collection: 'reviews',
    where: { docKey: { equals: docKey(ref) } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const row = docs[0]
  if (row) return { review: row.review as Review, rowId: row.id }
  return { review: initialReview({ state: publishedWithoutReview ? 'published' : 'draft' }) }
}

type SaveArgs = {
  req: PayloadRequest
  ref: DocRef
  rowId?: number | string
  boardId: number | string
  review: Review
  event: ReviewEvent
  contentHash: string
}

/** Stores the new review and appends its event, in the request's transaction. */
export const saveReview = async ({ req, ref, rowId, boardId, review, event, contentHash }: SaveArgs) => {
  const data = {
    docKey: docKey(ref),
    reviewedCollection: ref.collection,
    documentId: String(ref.id),
    board: relationId(boardId),
    state: review.state,
    round: review.round,
    submittedBy: review.submittedBy ? relationId(review.submittedBy) : null,
    review,
  }
  if (rowId === undefined) {
    await req.payload.create({ collection: 'reviews', data, req, overrideAccess: true })
  } else {
    await req.payload.update({ collection: 'reviews', id: rowId, data, req, overrideAccess: true })
  }
  await appendEvent({
    req,
    ref,
    event: {
      // the job queue's system actor is no user: the event is recorded with the roles ['system']
      actor: event.actorId && event.actorId !== systemActor.id ? relationId(event.actorId) : null,
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      round: event.round,
      decision: event.decision,
      changeType: event.changeType,
      comment: event.comment ?? event.note,
      contentHash,
    },
  })
}

type EventFields = {
  actor: number | null
  action: string
  fromState: string
  toState: string
  round: number
  decision?: string
  changeType?: string
  comment?: string
  contentHash: string
}

/**
 * Who acted, as they are at this moment (id, name, email; the roles are stored beside it): the trail
 * keeps it as written, whatever later happens to the account.
 */
const actedAs = (req: PayloadRequest, actor: number | null) => {
  if (actor === null) return undefined
  if (!req.user || String(req.user.id) !== String(actor)) return { userId: String(actor) }
  return { userId: String(req.user.id), name: req.user.name ?? null, email: req.user.email ?? null }
}

/** Appends one line to the audit trail (the API itself refuses every write to it). */
const appendEvent = async ({ req, ref, event }: { req: PayloadRequest; ref: DocRef; event: EventFields }) => {
  await req.payload.create({
    collection: 'review-events',
    data: {
      ...event,
      docKey: docKey(ref),
      reviewedCollection: ref.collection,
      documentId: String(ref.id),
      actorRoles: req.user?.roles ?? ['system'],
      actedAs: actedAs(req, event.actor),
    },
    req,
    overrideAccess: true,
  })
}

/** The demo import: revision 1 of a document, recorded as imported by the admin (no votes were cast). */
export const recordImport = ({ req, ref, contentHash }: { req: PayloadRequest; ref: DocRef; contentHash: string }) =>
  appendEvent({
    req,
    ref,
    event: {
      actor: req.user ? relationId(req.user.id) : null,
      action: 'import',
      fromState: 'draft',
      toState: 'published',
      round: 0,
      comment: 'Initial import of the demo content (revision 1); not reviewed by a board in Galley.',
      contentHash,
    },
  })

/**
 * A never-published draft was deleted: its review row goes (nothing is left to review; the id is never
 * reused) and the audit trail records who deleted it, in the deletion's transaction.
 */
export const recordDeletion = async ({ req, ref, contentHash }: { req: PayloadRequest; ref: DocRef; contentHash: string }) => {
  const { docs } = await req.payload.find({
    collection: 'reviews',
    where: { docKey: { equals: docKey(ref) } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const row = docs[0]
  if (row) await req.payload.delete({ collection: 'reviews', id: row.id, req, overrideAccess: true })
  await appendEvent({
    req,
    ref,
    event: {
      actor: req.user ? relationId(req.user.id) : null,
      action: 'delete',
      fromState: row?.state ?? 'draft',
      toState: 'deleted',
      round: row?.round ?? 0,
      comment: 'Deleted before it was ever published.',
      contentHash,
    },
  })
}

type BoardDoc = { id: number | string; members?: (number | { id: number | string })[] | null; quorum: number; autoPublish?: boolean | null }

/** A board as the review rules see it. */
export const toReviewBoard = (board: BoardDoc): Board => ({
  id: String(board.id),
  memberIds: (board.members ?? []).map((member) => String(typeof member === 'object' ? member.id : member)),
  quorum: board.quorum,
  autoPublish: Boolean(board.autoPublish),
})
