import type { PayloadRequest } from 'payload'

import type { Refusal } from '@/domain/errors'
import type { Board, Review, ReviewEvent } from '@/domain/workflow'

import { relationValue } from '@/db/relationValue'
import { refusal } from '@/domain/errors'
import { slugs } from '@collections/slugs'
import { initialReview, reviewSchema, systemActor } from '@/domain/workflow'

type DocRef = { collection: string; id: string | number }

export const docKey = ({ collection, id }: DocRef): string => `${collection}:${id}`

/**
 * A review as stored (JSON in the `reviews` row), checked against the domain's schema: a row that
 * does not fit (edited by hand, say) is refused with a 409 naming the problem, never decided on.
 */
export const parseStoredReview = ({ ref, stored }: { ref: DocRef; stored: unknown }): Review | Refusal => {
  const parsed = reviewSchema.safeParse(stored)
  if (parsed.success) return parsed.data
  const [issue] = parsed.error.issues
  return refusal({
    status: 409,
    message: `The stored review of ${docKey(ref)} is damaged (${issue?.path.join('.') || 'review'}: ${issue?.message ?? 'invalid'}): no review action can be taken on it until an admin repairs its row in the reviews collection.`,
  })
}

type ReadArgs = {
  req: PayloadRequest
  ref: DocRef
  /** Asked only when the document has no stored review yet: whether a version of it is public. */
  publishedWithoutReview: () => Promise<boolean>
}

/** The stored review of a document, or the review its publication status implies. */
export const readReview = async ({
  req,
  ref,
  publishedWithoutReview,
}: ReadArgs): Promise<{ review: Review; rowId?: number | string } | Refusal> => {
  const { docs } = await req.payload.find({
    collection: slugs.reviews,
    where: { docKey: { equals: docKey(ref) } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const row = docs[0]
  if (row) {
    const review = parseStoredReview({ ref, stored: row.review })
    return 'ok' in review ? review : { review, rowId: row.id }
  }
  return { review: initialReview({ state: (await publishedWithoutReview()) ? 'published' : 'draft' }) }
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
      publicNote: event.publicNote,
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
  publicNote?: string
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
    collection: slugs.reviewEvents,
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

/** An import: revision 1 of a document, recorded as imported by the person who ran it (no votes were cast). */
export const recordImport = ({
  req,
  ref,
  boardId,
  contentHash,
  comment = 'Initial import of the demo content (revision 1); not reviewed by a board in Galley.',
}: {
  req: PayloadRequest
  ref: DocRef
  boardId: number | string
  contentHash: string
  /** What the audit trail says about where it came from. */
  comment?: string
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
      comment,
      contentHash,
    },
  })

/**
 * A never-published draft was deleted: its review row goes (nothing is left to review; the id is never
 * reused) and the audit trail records who deleted it, in the deletion's transaction.
 */
type DeletionArgs = { req: PayloadRequest; ref: DocRef; boardId: number | string; contentHash: string }

export const recordDeletion = async ({ req, ref, boardId, contentHash }: DeletionArgs) => {
  const { docs } = await req.payload.find({
    collection: slugs.reviews,
    where: { docKey: { equals: docKey(ref) } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const row = docs[0]
  if (row) await req.payload.delete({ collection: slugs.reviews, id: row.id, req, overrideAccess: true })
  await appendEvent({
    req,
    ref,
    event: {
      actor: req.user ? relationValue(req.user.id) : null,
      board: relationValue(boardId),
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
