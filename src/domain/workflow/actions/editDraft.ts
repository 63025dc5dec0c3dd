import type { ActionArgs, Decision, Effect, Review } from '../types'
import { accept } from '../decision'
import { refuseEdit } from '../guards'
import { addRoundAuthor, cancelSchedule, clearApproval, clearSchedule, notifyReviewers } from '../transitions'

/**
 * Someone saved the draft. Under review, the text the board voted on has changed, so a fresh round
 * opens and earlier votes stop counting; after a publication, rejection or withdrawal a new change
 * begins. The editor is recorded either way and may not vote on this change. Any scheduled
 * publication is cancelled.
 */
export function editDraft({ review, actor, board, now }: ActionArgs<'edit'>): Decision {
  const refusal = refuseEdit({ review, actor })
  if (refusal) return refusal

  const unscheduled: Review = {
    ...clearSchedule({ review }),
    roundEditors: addRoundAuthor({ review, authorId: actor.id }),
  }
  const edited = (next: Review, effects: Effect[] = []) =>
    accept({ from: review, to: next, actor, now, action: 'edit', effects: [...cancelSchedule({ review }), ...effects] })

  switch (review.state) {
    case 'in-review':
    case 'approved': {
      const next: Review = {
        ...clearApproval({ review: unscheduled }),
        state: 'in-review',
        round: review.round + 1,
        roundOpenedAt: now.toISOString(),
      }
      return edited(next, [notifyReviewers({ review: next, board, reason: 'reopened' })])
    }
    case 'draft':
    case 'retired':
      return edited(unscheduled)
    // Reworking a change sent back closes its round: nobody can approve text the board has not seen
    // submitted. The writer resubmits, which opens a new round.
    case 'changes-requested':
    case 'published':
    case 'rejected':
    case 'withdrawn':
      return edited({ ...unscheduled, state: 'draft' })
  }
}
