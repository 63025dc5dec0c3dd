import type { PayloadRequest } from 'payload'

import type { Actor, Board, Review } from '@/domain/workflow'

import { mayReadDeliberation } from '@/domain/people/roles'
import { availableActions, tally, withoutDeliberation } from '@/domain/workflow'
import { slugs } from '@collections/slugs'

import type { Ref } from './loadReviewContext'

import { actorOf, requireReviewContext } from './loadReviewContext'
import { readCommentThreads } from './reviewComments'
import { docKey } from './reviewStore'

type DescribeArgs = { req: PayloadRequest; ref: Ref; actor: Actor; board: Board; boardName: string; review: Review }

/**
 * The review as the person asking sees it, what `GET /api/{collection}/{id}/review` and every review
 * action answer: state, round, votes against quorum, the actions they may take, comments, history.
 */
export const describeReview = async ({ req, ref, actor, board, boardName, review: stored }: DescribeArgs) => {
  // Board confidentiality: outside the board, the votes and counts without the board's words.
  const readsDeliberation = mayReadDeliberation(actor, board)
  const review = readsDeliberation ? stored : withoutDeliberation(stored)
  const [history, comments] = await Promise.all([
    req.payload.find({
      collection: slugs.reviewEvents,
      where: { docKey: { equals: docKey(ref) } },
      sort: 'createdAt',
      limit: 0,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: false,
    }),
    readCommentThreads({ req, ref, actor, board }),
  ])
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
    publicNote: review.publicNote ?? null,
    submittedBy: review.submittedBy ?? null,
    /** When an approved round is queued for publication (null when nothing is scheduled). */
    scheduledFor: review.scheduledFor ?? null,
    tally: counted,
    votes: review.votes,
    availableActions: availableActions({ review, actor, board }),
    /** Whether this person may read and post comments (reviewers of another board may not). */
    canComment: readsDeliberation,
    comments,
    history: history.docs.map(
      ({
        id,
        action,
        fromState,
        toState,
        round,
        actor: who,
        actorRoles,
        actedAs,
        decision,
        comment,
        publicNote,
        contentHash,
        createdAt,
      }) => ({
        id,
        action,
        fromState,
        toState,
        round,
        actor: who,
        /** Who acted, as they were when they acted (kept whatever later happens to the account). */
        actedAs: actedAs?.userId ? { id: actedAs.userId, name: actedAs.name ?? null, email: actedAs.email ?? null } : null,
        actorRoles: actorRoles ?? null,
        decision: decision ?? null,
        comment: comment ?? null,
        publicNote: publicNote ?? null,
        contentHash: contentHash ?? null,
        at: createdAt,
      }),
    ),
  }
}

/** The review of a document as the signed-in user sees it. */
export const reviewView = async ({ req, ref }: { req: PayloadRequest; ref: Ref }) => {
  const actor = actorOf(req)
  const { board, boardName, review } = await requireReviewContext({ req, ref, actor })
  return describeReview({ req, ref, actor, board, boardName, review })
}

export type ReviewView = Awaited<ReturnType<typeof reviewView>>
