import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Actor, Board, Decision, Effect, Review, ReviewAction } from '@/domain/workflow'

import { canReadComments } from '@/domain/comments'
import { contentHash } from '@/domain/revisions/contentHash'
import { availableActions, decide, tally } from '@/domain/workflow'

import type { Ref, ReviewContext } from './loadReviewContext'

import '@/context'
import { actorOf, loadReviewContext } from './loadReviewContext'
import { refusalError } from './refusalError'
import { readCommentThreads } from './reviewComments'
import { docKey, saveReview } from './reviewStore'
import { lockDocument } from '@/db/lockDocument'
import { markFeedChanged } from '@/revisions/feedSignal'
import { latestRevision, recordRevision } from '@/revisions/recordRevision'

import { queueScheduledPublication } from './scheduledPublication'
import { sendNotifications } from './sendNotifications'

type TakeArgs = { req: PayloadRequest; ref: Ref; action: ReviewAction; actor: Actor }

/**
 * Runs one review action for `actor`, a signed-in person or the job queue's system actor, in one
 * transaction: it takes the document's lock, reads the review as it stands, lets the domain decide,
 * and carries the decision out (publish or queue the publication, store the review, append the
 * audit event). Reading under the lock is what keeps two simultaneous votes from losing one, and
 * two simultaneous publishes of one approval from publishing twice. The emails go once it has
 * committed. A refusal is returned, not thrown, and writes nothing.
 */
export const takeReviewAction = async ({ req, ref, action, actor }: TakeArgs) => {
  const shouldCommit = await initTransaction(req)
  let outcome: { decision: Decision; context: ReviewContext }
  try {
    await lockDocument({ req, key: docKey(ref) })
    const context = await loadReviewContext({ req, ref, actor })
    const { doc, board, review, rowId } = context
    const decision = decide({ review, action: await withFacts({ req, ref, action, doc }), actor, board, now: new Date() })
    outcome = { decision, context }
    if (decision.ok) {
      for (const effect of decision.effects) await carryOut({ req, ref, effect, review: decision.review })
      await saveReview({
        req,
        ref,
        rowId,
        boardId: board.id,
        review: decision.review,
        event: decision.event,
        contentHash: contentHash(doc),
      })
    }
    if (shouldCommit) await (decision.ok ? commitTransaction(req) : killTransaction(req))
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  const { decision, context } = outcome
  if (decision.ok) {
    // Only now that the revision is committed can the feed's store read it: tell it to look.
    if (decision.effects.some((effect) => effect.type === 'publish')) markFeedChanged()
    await sendNotifications({ req, effects: decision.effects, ref, doc: context.doc })
  }
  return outcome
}

type FactsArgs = { req: PayloadRequest; ref: Ref; action: ReviewAction; doc: { _status?: string } }

/** What a submission needs to know from the stores: unpublished changes, and whether anything is public. */
const withFacts = async ({ req, ref, action, doc }: FactsArgs): Promise<ReviewAction> => {
  if (action.type !== 'submit') return action
  const published = await latestRevision(req, ref)
  return { ...action, hasPendingChanges: doc._status !== 'published', hasPublishedVersion: published?.kind === 'published' }
}

/** The effects that change content or the queue; notifications are sent once the transaction is committed. */
const carryOut = async ({ req, ref, effect, review }: { req: PayloadRequest; ref: Ref; effect: Effect; review: Review }) => {
  switch (effect.type) {
    case 'publish':
      if (effect.intent === 'retire') await retireDocument({ req, ref })
      else await publishApprovedDraft({ req, ref })
      await recordRevision({ req, ref, kind: effect.intent === 'retire' ? 'retired' : 'published', review })
      return
    case 'schedule-publish':
      return queueScheduledPublication({ req, ref, round: effect.round, at: effect.at })
    case 'cancel-scheduled-publish':
      // The queued job stays: when it runs, the domain refuses it (the round, state or time no longer
      // match) and it is skipped. That one check covers every way a schedule goes stale.
      return
    case 'notify-reviewers':
    case 'notify-submitter':
    case 'notify-editors-quorum':
      return
  }
}

/**
 * Runs one review action for the signed-in user and answers the review as it now stands; a refusal
 * becomes the API's 400, 403 or 409.
 */
export const applyReviewAction = async ({ req, ref, action }: { req: PayloadRequest; ref: Ref; action: ReviewAction }) => {
  const actor = actorOf(req)
  const { decision, context } = await takeReviewAction({ req, ref, action, actor })
  if (!decision.ok) throw refusalError(decision)
  const { board, boardName } = context
  return describeReview({ req, ref, actor, board, boardName, review: decision.review })
}

type StatusChange = {
  req: PayloadRequest
  ref: Ref
  /** What Galley is doing, so the publishing guard lets this one write through. */
  reason: 'approved-change' | 'approved-retirement'
  status: 'published' | 'draft'
}

/** Sets the document's publication status through Galley's own publishing path. */
const setPublicationStatus = async ({ req, ref, reason, status }: StatusChange) => {
  const previous = req.context.galleyPublish
  req.context.galleyPublish = reason
  try {
    await req.payload.update({ collection: ref.collection, id: ref.id, data: { _status: status }, depth: 0, req, overrideAccess: true })
  } finally {
    req.context.galleyPublish = previous
  }
}

/** Publishes the latest draft: the content the board approved (an edit since would have re-opened review). */
const publishApprovedDraft = ({ req, ref }: { req: PayloadRequest; ref: Ref }) =>
  setPublicationStatus({ req, ref, reason: 'approved-change', status: 'published' })

/**
 * Takes the document off the public site, as the board approved: its published version is withdrawn
 * (Payload's unpublish), while every version stays in its history.
 */
const retireDocument = ({ req, ref }: { req: PayloadRequest; ref: Ref }) =>
  setPublicationStatus({ req, ref, reason: 'approved-retirement', status: 'draft' })

/** What `GET /api/{collection}/{id}/review` answers: state, round, votes against quorum, comments, history. */
export const reviewView = async ({ req, ref }: { req: PayloadRequest; ref: Ref }) => {
  const actor = actorOf(req)
  const { board, boardName, review } = await loadReviewContext({ req, ref, actor })
  return describeReview({ req, ref, actor, board, boardName, review })
}

type DescribeArgs = { req: PayloadRequest; ref: Ref; actor: Actor; board: Board; boardName: string; review: Review }

const describeReview = async ({ req, ref, actor, board, boardName, review }: DescribeArgs) => {
  const [history, comments] = await Promise.all([
    req.payload.find({
      collection: 'review-events',
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
    submittedBy: review.submittedBy ?? null,
    /** When an approved round is queued for publication (null when nothing is scheduled). */
    scheduledFor: review.scheduledFor ?? null,
    tally: counted,
    votes: review.votes,
    availableActions: availableActions({ review, actor, board }),
    /** Whether this person may read and post comments (reviewers of another board may not). */
    canComment: canReadComments({ actor, board }),
    comments,
    history: history.docs.map(
      ({ id, action, fromState, toState, round, actor: who, actorRoles, actedAs, decision, comment, contentHash, createdAt }) => ({
        id,
        action,
        fromState,
        toState,
        round,
        actor: who,
        actorRoles: actorRoles ?? null,
        /** Who acted, as they were when they acted (kept whatever later happens to the account). */
        actedAs: actedAs?.userId ? { id: actedAs.userId, name: actedAs.name ?? null, email: actedAs.email ?? null } : null,
        decision: decision ?? null,
        comment: comment ?? null,
        contentHash: contentHash ?? null,
        at: createdAt,
      }),
    ),
  }
}
