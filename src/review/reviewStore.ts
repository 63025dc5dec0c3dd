import type { PayloadRequest } from 'payload'

import type { Board, Review, ReviewEvent } from '@/domain/workflow'

import { slugs } from '@collections/slugs'
import { initialReview, systemActor } from '@/domain/workflow'

type DocRef = { collection: string; id: string | number }

/** An id as a relationship field stores it: numeric ids (SQLite, PostgreSQL) as numbers, MongoDB's ObjectId strings unchanged. */
export const relationValue = (id: string | number): number => (/^\d+$/.test(String(id)) ? Number(id) : id) as number

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
    collection: slugs.reviews,
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
    board: relationValue(boardId),
    state: review.state,
    round: review.round,
    submittedBy: review.submittedBy ? relationValue(review.submittedBy) : null,
    review,
  }
  if (rowId === undefined) {
    await req.payload.create({ collection: slugs.reviews, data, req, overrideAccess: true })
  } else {
    await req.payload.update({ collection: slugs.reviews, id: rowId, data, req, overrideAccess: true })
  }
  await appendEvent({
    req,
    ref,
    event: {
      board: relationValue(boardId),
      // the job queue's system actor is no user: the event is recorded with the roles ['system']
      actor: event.actorId && event.actorId !== systemActor.id ? relationValue(event.actorId) : null,
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
  /** The board responsible for the document when the event happened: who may read its comment. */
  board: number
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

/** Appends one line to the audit trail (the API itself refuses every write to it). */
const appendEvent = async ({ req, ref, event }: { req: PayloadRequest; ref: DocRef; event: EventFields }) => {
  await req.payload.create({
    collection: slugs.reviewEvents,
    data: {
      ...event,
      docKey: docKey(ref),
      reviewedCollection: ref.collection,
      documentId: String(ref.id),
      actorRoles: req.user?.roles ?? ['system'],
    },
    req,
    overrideAccess: true,
  })
}

/** The demo import: revision 1 of a document, recorded as imported by the admin (no votes were cast). */
export const recordImport = ({
  req,
  ref,
  boardId,
  contentHash,
}: {
  req: PayloadRequest
  ref: DocRef
  boardId: number | string
  contentHash: string
}) =>
  appendEvent({
    req,
    ref,
    event: {
      board: relationValue(boardId),
      actor: req.user ? relationValue(req.user.id) : null,
      action: 'import',
      fromState: 'draft',
      toState: 'published',
      round: 0,
      comment: 'Initial import of the demo content (revision 1); not reviewed by a board in Galley.',
      contentHash,
    },
  })

type BoardDoc = { id: number | string; members?: (number | { id: number | string })[] | null; quorum: number; autoPublish?: boolean | null }

/** A board as the review rules see it. */
export const toReviewBoard = (board: BoardDoc): Board => ({
  id: String(board.id),
  memberIds: (board.members ?? []).map((member) => String(typeof member === 'object' ? member.id : member)),
  quorum: board.quorum,
  autoPublish: Boolean(board.autoPublish),
})
