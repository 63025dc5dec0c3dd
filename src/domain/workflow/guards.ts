/**
 * Who may do what, and in which state. `decide` and `availableActions` both ask these guards, so a
 * button is shown exactly when the action would not be refused with 403 or 409.
 */
import type { Actor, Board, Intent, Refusal, Review, ReviewState, Role } from './types'
import { refuse } from './decision'
import { countDecisions, quorumMet } from './votes'

const hasRole = (actor: Actor, ...roles: Role[]) => roles.some((role) => actor.roles.includes(role))

export const canWrite = (actor: Actor) => hasRole(actor, 'writer', 'editor', 'admin')
export const canPublish = (actor: Actor) => hasRole(actor, 'editor', 'admin')

/** States in which a round is open: votes count, the submitter may withdraw. */
export const OPEN_STATES: readonly ReviewState[] = ['in-review', 'changes-requested', 'approved']

const isOpen = (review: Review) => OPEN_STATES.includes(review.state)

const notInState = (review: Review, what: string) =>
  refuse({ status: 409, code: 'invalid-state', message: `${what} (the document is ${review.state}).` })

type SubmitArgs = {
  review: Review
  actor: Actor
  intent: Intent
  hasPendingChanges: boolean
  /** Whether a version is public now. Unknown (undefined) is taken as yes: the review state decides. */
  hasPublishedVersion?: boolean
}

export function refuseSubmit({ review, actor, intent, hasPendingChanges, hasPublishedVersion }: SubmitArgs): Refusal | null {
  if (!canWrite(actor)) {
    return refuse({
      status: 403,
      code: 'role-required',
      message: 'Only writers, editors and admins can submit a change for review.',
    })
  }
  if (intent === 'retire' && hasPublishedVersion === false && review.state !== 'retired') {
    return refuse({
      status: 409,
      code: 'nothing-to-retire',
      message: 'Nothing is published to retire: this document has never been published.',
    })
  }
  switch (review.state) {
    case 'draft':
    case 'changes-requested':
    case 'withdrawn':
    case 'rejected':
      return null
    case 'published':
      if (intent === 'retire' || hasPendingChanges) return null
      return refuse({
        status: 409,
        code: 'nothing-to-submit',
        message: 'The published version is current: there are no unpublished changes to submit.',
      })
    case 'retired':
      if (intent === 'publish') return null
      return refuse({ status: 409, code: 'already-retired', message: 'This document is already retired.' })
    case 'in-review':
    case 'approved':
      return notInState(review, 'This change is already under review; withdraw it or edit the draft instead')
  }
}

type VoteArgs = { review: Review; actor: Actor; board: Board }

export function refuseVote({ review, actor, board }: VoteArgs): Refusal | null {
  if (!board.memberIds.includes(actor.id)) {
    return refuse({
      status: 403,
      code: 'not-board-member',
      message: 'Only members of this document’s editorial board can vote on it.',
    })
  }
  if (!isOpen(review)) return notInState(review, 'There is no open review round to vote in')
  if (review.submittedBy === actor.id) {
    return refuse({
      status: 403,
      code: 'four-eyes-submitter',
      message: 'You submitted this change, so you cannot vote on it (four-eyes rule).',
    })
  }
  if (review.roundEditors.includes(actor.id)) {
    return refuse({
      status: 403,
      code: 'four-eyes-editor',
      message: 'You edited this change, so you cannot vote on it (four-eyes rule).',
    })
  }
  return null
}

type ActorArgs = { review: Review; actor: Actor }

/** Editing is possible in every state; what it does to the review depends on the state. */
export function refuseEdit({ actor }: ActorArgs): Refusal | null {
  if (canWrite(actor)) return null
  return refuse({
    status: 403,
    code: 'role-required',
    message: 'Only writers, editors and admins can edit the draft.',
  })
}

/**
 * An approval stands only while its approvers sit on the board: once a member who approved has left
 * it, their vote no longer counts and the round needs more approvals before it can be published.
 */
function refuseLostQuorum({ review, board }: { review: Review; board: Board }): Refusal | null {
  const round = { votes: review.votes, round: review.round, memberIds: board.memberIds }
  if (quorumMet({ ...round, quorum: board.quorum })) return null
  const { approvals } = countDecisions(round)
  return refuse({
    status: 409,
    code: 'quorum-lost',
    message: `This approval no longer stands: only ${approvals} of the approvals are from current board members, and the quorum is ${board.quorum} (votes of people who left the board no longer count). Board members must approve it again before it is published.`,
  })
}

export function refusePublish({ review, actor, board }: ActorArgs & { board: Board }): Refusal | null {
  if (!canPublish(actor)) {
    return refuse({ status: 403, code: 'role-required', message: 'Only editors and admins can publish.' })
  }
  if (review.state !== 'approved') return notInState(review, 'Only an approved change can be published')
  return refuseLostQuorum({ review, board })
}

export function refuseWithdraw({ review, actor }: ActorArgs): Refusal | null {
  if (review.submittedBy !== actor.id && !canPublish(actor)) {
    return refuse({
      status: 403,
      code: 'role-required',
      message: 'Only the submitter, an editor or an admin can withdraw a change.',
    })
  }
  if (!isOpen(review)) return notInState(review, 'There is no change under review to withdraw')
  return null
}

type ScheduledRunArgs = ActorArgs & { board: Board; round?: number; now: Date }

export function refuseScheduledRun({ review, actor, board, round, now }: ScheduledRunArgs): Refusal | null {
  if (actor.system !== true) {
    return refuse({
      status: 403,
      code: 'system-only',
      message: 'Only the job queue runs scheduled publications.',
    })
  }
  if (review.state !== 'approved') return notInState(review, 'The scheduled change is no longer approved')
  if (
    review.scheduledFor === undefined ||
    review.scheduledRound !== review.round ||
    (round !== undefined && round !== review.scheduledRound)
  ) {
    return refuse({
      status: 409,
      code: 'schedule-mismatch',
      message: `No publication is scheduled for round ${round ?? review.round}.`,
    })
  }
  if (Date.parse(review.scheduledFor) > now.getTime()) {
    return refuse({
      status: 409,
      code: 'not-due',
      message: `The publication is scheduled for ${review.scheduledFor}, which has not come yet.`,
    })
  }
  return refuseLostQuorum({ review, board })
}
