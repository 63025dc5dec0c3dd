/** Small pure steps shared by the actions. Each returns a new review or a list of effects. */
import type { Board, Effect, Review } from './types'

type ReviewArgs = { review: Review }

export function clearSchedule({ review }: ReviewArgs): Review {
  const { scheduledFor: _at, scheduledRound: _round, ...rest } = review
  return rest
}

export function clearApproval({ review }: ReviewArgs): Review {
  const { approvedAt: _at, approvedBy: _by, ...rest } = review
  return rest
}

/**
 * A cancel effect when a publication is scheduled. The glue leaves the queued job in place: when it
 * runs, `runScheduledPublish` refuses it (the round, state or time no longer match) and it ends as
 * skipped. The effect is there for the record and for callers that keep their own schedule.
 */
export function cancelSchedule({ review }: ReviewArgs): Effect[] {
  if (review.scheduledFor === undefined) return []
  return [
    {
      type: 'cancel-scheduled-publish',
      round: review.scheduledRound ?? review.round,
      at: review.scheduledFor,
    },
  ]
}

export function addRoundAuthor({ review, authorId }: ReviewArgs & { authorId: string }): string[] {
  return review.roundEditors.includes(authorId) ? review.roundEditors : [...review.roundEditors, authorId]
}

/** Board members who may vote on the review as it stands: not the submitter, not an editor of it. */
export function eligibleReviewerIds({ review, board }: ReviewArgs & { board: Board }): string[] {
  return board.memberIds.filter((id) => id !== review.submittedBy && !review.roundEditors.includes(id))
}

type NotifyArgs = ReviewArgs & { board: Board; reason: 'submitted' | 'reopened' | 'withdrawn' }

export function notifyReviewers({ review, board, reason }: NotifyArgs): Effect {
  return {
    type: 'notify-reviewers',
    reason,
    round: review.round,
    reviewerIds: eligibleReviewerIds({ review, board }),
  }
}

/**
 * The approved change goes live (or, for a retire intent, the document is taken down). The approval
 * stays on record; the editors of the change are released, since the next draft is a new change.
 * Callers add `cancelSchedule` when a queued job is made obsolete.
 */
export function publishNow({ review }: ReviewArgs): { review: Review; effects: Effect[] } {
  return {
    review: {
      ...clearSchedule({ review }),
      state: review.intent === 'retire' ? 'retired' : 'published',
      roundEditors: [],
    },
    effects: [{ type: 'publish', round: review.round, intent: review.intent }],
  }
}
