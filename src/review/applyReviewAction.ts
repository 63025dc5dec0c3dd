import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { Actor, Board, Review, ReviewAction } from '@/domain/workflow'

import { contentHash } from '@/domain/revisions/contentHash'
import { availableActions, decide, tally } from '@/domain/workflow'

import '@/context'
import { docKey, readReview, saveReview, toReviewBoard } from './reviewStore'
import { sendNotifications } from './sendNotifications'

type Ref = { collection: ReviewedCollection; id: string }

const actorOf = (req: PayloadRequest): Actor => {
  if (!req.user) throw new APIError('Sign in to take part in reviews.', 401, undefined, true)
  return { id: String(req.user.id), roles: (req.user.roles ?? []) as Actor['roles'] }
}

/** The document (latest draft, read with the user's access), its board and its review. */
const loadContext = async ({ req, ref }: { req: PayloadRequest; ref: Ref }) => {
  const doc = (await req.payload.findByID({
    collection: ref.collection,
    id: ref.id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: false,
    disableErrors: true,
  })) as (Record<string, unknown> & { id: number; board: number; _status?: string }) | null
  if (!doc) throw new APIError(`There is no ${ref.collection} document with id ${ref.id}.`, 404, undefined, true)
  const boardDoc = await req.payload.findByID({ collection: 'boards', id: doc.board, depth: 0, req, overrideAccess: true })
  const board = toReviewBoard(boardDoc)
  const { review, rowId } = await readReview({ req, ref, publishedWithoutReview: doc._status === 'published' })
  return { doc, board, boardName: boardDoc.name, review, rowId }
}

/**
 * Runs one review action for the signed-in user: the domain decides, this carries the decision out
 * (store the review, append the audit event, publish when the decision says so) in one transaction.
 */
export const applyReviewAction = async ({ req, ref, action }: { req: PayloadRequest; ref: Ref; action: ReviewAction }) => {
  const actor = actorOf(req)
  const { doc, board, boardName, review, rowId } = await loadContext({ req, ref })
  const withPending = action.type === 'submit' ? { ...action, hasPendingChanges: doc._status !== 'published' } : action
  const decision = decide({ review, action: withPending, actor, board, now: new Date() })
  if (!decision.ok) {
    const data = decision.field ? { errors: [{ path: decision.field, message: decision.message }] } : undefined
    throw new APIError(decision.message, decision.status, data, true)
  }

  const shouldCommit = await initTransaction(req)
  try {
    if (decision.effects.some((effect) => effect.type === 'publish')) {
      await publishApprovedDraft({ req, ref })
    }
    await saveReview({
      req,
      ref,
      rowId,
      boardId: board.id,
      review: decision.review,
      event: decision.event,
      contentHash: contentHash(doc),
    })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  await sendNotifications({ req, effects: decision.effects, ref, doc })
  return describeReview({ req, ref, actor, board, boardName, review: decision.review })
}

/** Publishes the latest draft: the content the board approved (an edit since would have re-opened review). */
const publishApprovedDraft = async ({ req, ref }: { req: PayloadRequest; ref: Ref }) => {
  const previous = req.context.galleyPublish
  req.context.galleyPublish = 'approved-change'
  try {
    await req.payload.update({
      collection: ref.collection,
      id: ref.id,
      data: { _status: 'published' },
      req,
      overrideAccess: true,
    })
  } finally {
    req.context.galleyPublish = previous
  }
}

/** What `GET /api/{collection}/{id}/review` answers: state, round, votes against quorum, history. */
export const reviewView = async ({ req, ref }: { req: PayloadRequest; ref: Ref }) => {
  const actor = actorOf(req)
  const { board, boardName, review } = await loadContext({ req, ref })
  return describeReview({ req, ref, actor, board, boardName, review })
}

type DescribeArgs = { req: PayloadRequest; ref: Ref; actor: Actor; board: Board; boardName: string; review: Review }

const describeReview = async ({ req, ref, actor, board, boardName, review }: DescribeArgs) => {
  const history = await req.payload.find({
    collection: 'review-events',
    where: { docKey: { equals: docKey(ref) } },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: false,
  })
  const counted = tally({ review, board })
  return {
    collection: ref.collection,
    id: ref.id,
    board: { id: board.id, name: boardName, quorum: board.quorum, autoPublish: board.autoPublish },
    state: review.state,
    round: review.round,
    intent: review.intent,
    changeType: review.changeType ?? null,
    note: review.note ?? null,
    submittedBy: review.submittedBy ?? null,
    tally: counted,
    votes: review.votes,
    availableActions: availableActions({ review, actor, board }),
    history: history.docs.map(({ id, action, fromState, toState, round, actor: who, decision, comment, contentHash, createdAt }) => ({
      id,
      action,
      fromState,
      toState,
      round,
      actor: who,
      decision: decision ?? null,
      comment: comment ?? null,
      contentHash: contentHash ?? null,
      at: createdAt,
    })),
  }
}
