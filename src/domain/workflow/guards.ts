/**
 * Who may do what, and in which state. `decide` and `availableActions` both ask these guards, so a
 * button is shown exactly when the action would not be refused with 403 or 409.
 */
import type { Actor, Board, Intent, Refusal, Review, ReviewState } from './types'
import { canPublish, canWriteContent, mayVote } from '../people/roles'
import { refuse } from './decision'
import { describeState } from './describeState'
import { countDecisions, quorumMet } from './votes'

/** States in which a round is open: votes count, the submitter may withdraw. */
export const OPEN_STATES: readonly ReviewState[] = ['in-review', 'changes-requested', 'approved']

const isOpen = (review: Review) => OPEN_STATES.includes(review.state)

/** A 409 that says where the change stands and what to do: "This change is a draft: …. Submit it first." */
const notInState = ({ review, board }: { review: Review; board: Board }, todo: string) =>
  refuse({ status: 409, reason: 'invalid-state', message: `${describeState({ review, board })} ${todo}` })

type SubmitArgs = {
  review: Review
  board: Board
  actor: Actor
  intent: Intent
  hasPendingChanges: boolean
  /** Whether a version is public now. Unknown (undefined) is taken as yes: the review state decides. */
  hasPublishedVersion?: boolean
}

export function refuseSubmit({ review, board, actor, intent, hasPendingChanges, hasPublishedVersion }: SubmitArgs): Refusal | null {
  if (!canWriteContent(actor)) {
    return refuse({
      status: 403,
      reason: 'role-required',
      message: 'Only writers, editors and admins can submit a change for review: ask one of them to submit it.',
    })
  }
  if (intent === 'retire' && hasPublishedVersion === false && review.state !== 'retired') {
    return refuse({
      status: 409,
      reason: 'nothing-to-retire',
      message: 'Nothing is published to retire: this document has never been published. Submit it with intent "publish" instead.',
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
        reason: 'nothing-to-submit',
        message:
          'The published version is current: there are no unpublished changes to submit. Edit the draft first, or submit with intent "retire" to take it down.',
      })
    case 'retired':
      if (intent === 'publish') return null
      return refuse({
        status: 409,
        reason: 'already-retired',
        message: 'This document is already retired: submit it with intent "publish" to bring it back.',
      })
    case 'in-review':
    case 'approved':
      return notInState({ review, board }, 'Withdraw it before submitting again, or edit the draft to open a new round.')
  }
}

type VoteArgs = { review: Review; actor: Actor; board: Board }

export function refuseVote({ review, actor, board }: VoteArgs): Refusal | null {
  if (!mayVote(actor, board)) {
    return refuse({
      status: 403,
      reason: 'not-board-member',
      message: 'Only members of this document’s editorial board can vote on it: ask a member of the board to review it.',
    })
  }
  if (!isOpen(review)) return notInState({ review, board }, 'There is no open round to vote in: a writer must submit the change first.')
  if (review.submittedBy === actor.id) {
    return refuse({
      status: 403,
      reason: 'four-eyes-submitter',
      message: `You submitted this change, so you cannot vote on it (four-eyes rule): round ${review.round} needs the votes of other board members.`,
    })
  }
  if (review.roundEditors.includes(actor.id)) {
    return refuse({
      status: 403,
      reason: 'four-eyes-editor',
      message: `You edited this change, so you cannot vote on it (four-eyes rule): round ${review.round} needs the votes of other board members.`,
    })
  }
  return null
}

type ActorArgs = { review: Review; actor: Actor }
type BoardArgs = ActorArgs & { board: Board }

const publishTodo = (review: Review): string => {
  switch (review.state) {
    case 'in-review':
      return 'Publish it once the board has approved it.'
    case 'changes-requested':
      return 'The writer must rework the draft and submit it again.'
    case 'draft':
    case 'withdrawn':
    case 'rejected':
      return 'Submit it for review; it can be published once the board approves it.'
    default:
      return 'There is no approved change to publish.'
  }
}

/** Editing is possible in every state; what it does to the review depends on the state. */
export function refuseEdit({ actor }: ActorArgs): Refusal | null {
  if (canWriteContent(actor)) return null
  return refuse({
    status: 403,
    reason: 'role-required',
    message: 'Only writers, editors and admins can edit the draft: ask one of them to make the change.',
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
    reason: 'quorum-lost',
    message: `This approval no longer stands: only ${approvals} of the approvals are from current board members, and the quorum is ${board.quorum} (votes of people who left the board no longer count). Board members must approve it again before it is published.`,
  })
}

export function refusePublish({ review, actor, board }: BoardArgs): Refusal | null {
  if (!canPublish(actor)) {
    return refuse({
      status: 403,
      reason: 'role-required',
      message: 'Only editors and admins can publish: ask a managing editor to publish it.',
    })
  }
  if (review.state !== 'approved') return notInState({ review, board }, publishTodo(review))
  return refuseLostQuorum({ review, board })
}

export function refuseWithdraw({ review, actor, board }: BoardArgs): Refusal | null {
  if (review.submittedBy !== actor.id && !canPublish(actor)) {
    return refuse({
      status: 403,
      reason: 'role-required',
      message: 'Only the submitter, an editor or an admin can withdraw a change: ask one of them.',
    })
  }
  if (!isOpen(review)) return notInState({ review, board }, 'There is no change under review to withdraw.')
  return null
}

type ScheduledRunArgs = BoardArgs & { round?: number; now: Date }

export function refuseScheduledRun({ review, actor, board, round, now }: ScheduledRunArgs): Refusal | null {
  if (actor.system !== true) {
    return refuse({
      status: 403,
      reason: 'system-only',
      message: 'Only the job queue runs scheduled publications.',
    })
  }
  if (review.state !== 'approved')
    return notInState({ review, board }, 'The scheduled change is no longer approved: nothing was published.')
  if (
    review.scheduledFor === undefined ||
    review.scheduledRound !== review.round ||
    (round !== undefined && round !== review.scheduledRound)
  ) {
    return refuse({
      status: 409,
      reason: 'schedule-mismatch',
      message: `No publication is scheduled for round ${round ?? review.round}: round ${review.round} is approved${review.scheduledFor ? ` and scheduled for ${review.scheduledFor}` : ' and waits for an editor to publish it'}.`,
    })
  }
  if (Date.parse(review.scheduledFor) > now.getTime()) {
    return refuse({
      status: 409,
      reason: 'not-due',
      message: `The publication is scheduled for ${review.scheduledFor}, which has not come yet: it runs then.`,
    })
  }
  return refuseLostQuorum({ review, board })
}
