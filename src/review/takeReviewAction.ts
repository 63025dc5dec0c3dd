import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { Refusal } from '@/domain/errors'
import type { Accepted, Actor, Effect, Review, ReviewAction } from '@/domain/workflow'

import { afterCommit } from '@/db/afterCommit'
import { lockDocument } from '@/db/lockDocument'
import { contentHash } from '@/domain/revisions/contentHash'
import { decide } from '@/domain/workflow'
import { markFeedChanged } from '@/revisions/feedSignal'
import { latestRevision, recordRevision } from '@/revisions/recordRevision'

import type { Ref, ReviewContext } from './loadReviewContext'

import { loadReviewContext } from './loadReviewContext'
import { publishApprovedDraft, retireDocument } from './publicationStatus'
import { docKey, saveReview } from './reviewStore'
import { queueScheduledPublication } from './scheduledPublication'
import { sendNotifications } from './sendNotifications'

type TakeArgs = {
  req: PayloadRequest
  ref: Ref
  action: ReviewAction
  /** A signed-in person (see `actorOf`) or the job queue's system actor. */
  actor: Actor
  /** The clock of the edge that asks: the request's, or the job queue's. */
  now: () => Date
}

/** A refusal (nothing written), or what was decided and stored, with the context it was decided in. */
export type ReviewOutcome = Refusal | (Accepted & { context: ReviewContext })

/**
 * The one way any review state changes — submissions, votes, publications, withdrawals, scheduled
 * runs and edits alike. In one transaction it takes the document's lock, reads the review as it
 * stands, lets the domain decide, and carries the decision out (publish or queue the publication,
 * store the review, append the audit event). Reading under the lock keeps two simultaneous votes
 * from losing one, an edit from overwriting a vote, and two publishes of one approval from
 * publishing twice. Called inside a transaction someone else owns (an edit, inside Payload's save),
 * it joins it. The emails and the feed's signal go only once that transaction has committed.
 */
export const takeReviewAction = async ({ req, ref, action, actor, now }: TakeArgs): Promise<ReviewOutcome> => {
  const shouldCommit = await initTransaction(req)
  try {
    await lockDocument({ req, key: docKey(ref) })
    const outcome = await decideAndStore({ req, ref, action, actor, at: now() })
    if (shouldCommit) await (outcome.ok ? commitTransaction(req) : killTransaction(req))
    return outcome
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

type StoreArgs = Omit<TakeArgs, 'now'> & { at: Date }

const decideAndStore = async ({ req, ref, action, actor, at }: StoreArgs): Promise<ReviewOutcome> => {
  const context = await loadReviewContext({ req, ref, actor })
  if ('ok' in context) return context
  const { doc, board, review, rowId } = context
  const decision = decide({ review, action: await withFacts({ req, ref, action, doc }), actor, board, now: at })
  if (!decision.ok) return decision

  for (const effect of decision.effects) await carryOut({ req, ref, effect, review: decision.review, at })
  await saveReview({ req, ref, rowId, boardId: board.id, review: decision.review, event: decision.event, contentHash: contentHash(doc) })
  const { effects } = decision
  await afterCommit(req, async (payload) => {
    // Only now that the revision is committed can the feed's store read it: tell it to look.
    if (effects.some((effect) => effect.type === 'publish')) markFeedChanged()
    await sendNotifications({ payload, effects, ref, doc })
  })
  return { ...decision, context }
}

type FactsArgs = { req: PayloadRequest; ref: Ref; action: ReviewAction; doc: { _status?: string } }

/** What a submission needs to know from the stores: unpublished changes, and whether anything is public. */
const withFacts = async ({ req, ref, action, doc }: FactsArgs): Promise<ReviewAction> => {
  if (action.type !== 'submit') return action
  const published = await latestRevision(req, ref)
  return { ...action, hasPendingChanges: doc._status !== 'published', hasPublishedVersion: published?.kind === 'published' }
}

type CarryOutArgs = { req: PayloadRequest; ref: Ref; effect: Effect; review: Review; at: Date }

/** The effects that change content or the queue, in the transaction; notifications wait for the commit. */
const carryOut = async ({ req, ref, effect, review, at }: CarryOutArgs) => {
  switch (effect.type) {
    case 'publish':
      if (effect.intent === 'retire') await retireDocument({ req, ref })
      else await publishApprovedDraft({ req, ref })
      await recordRevision({ req, ref, kind: effect.intent === 'retire' ? 'retired' : 'published', review, now: at })
      return
    case 'schedule-publish':
      return queueScheduledPublication({ req, ref, round: effect.round, at: effect.at })
    case 'cancel-scheduled-publish':
      // The queued job stays: when it runs, the domain refuses it (the round, state or time no longer
      // match) and it is skipped. That one check covers every way a schedule goes stale.
      return
    case 'notify-reviewers':
    case 'notify-submitter':
    case 'notify-managing-editors-quorum':
      return
  }
}
