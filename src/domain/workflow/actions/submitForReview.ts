import type { ActionArgs, Decision, Review } from '../types'
import { accept, invalidInput } from '../decision'
import { refuseSubmit } from '../guards'
import { addRoundAuthor, clearApproval, clearSchedule, notifyReviewers } from '../transitions'

/**
 * Starts a new round on the current draft. The submitter joins the change's editors, so the four-eyes
 * rule keeps holding if someone else resubmits after changes were requested.
 */
export function submitForReview({ review, action, actor, board, now }: ActionArgs<'submit'>): Decision {
  const intent = action.intent ?? 'publish'
  const refusal = refuseSubmit({
    review,
    board,
    actor,
    intent,
    hasPendingChanges: action.hasPendingChanges ?? false,
    hasPublishedVersion: action.hasPublishedVersion,
  })
  if (refusal) return refusal
  if (review.state === 'retired' && action.changeType !== 'new') {
    return invalidInput({
      field: 'changeType',
      message: 'changeType must be new when bringing back a retired document',
    })
  }

  const next: Review = {
    ...clearApproval({ review: clearSchedule({ review }) }),
    state: 'in-review',
    round: review.round + 1,
    roundOpenedAt: now.toISOString(),
    intent,
    changeType: action.changeType,
    note: action.note,
    publicNote: action.publicNote,
    submittedBy: actor.id,
    roundEditors: addRoundAuthor({ review, authorId: actor.id }),
  }
  return accept({
    from: review,
    to: next,
    actor,
    now,
    action: 'submit',
    details: { note: action.note, publicNote: action.publicNote, changeType: action.changeType, intent },
    effects: [notifyReviewers({ review: next, board, reason: 'submitted' })],
  })
}
