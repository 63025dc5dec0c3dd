import type { ActionArgs, Decision } from '../types'
import { accept } from '../decision'
import { refuseWithdraw } from '../guards'
import { cancelSchedule, clearApproval, clearSchedule, notifyReviewers } from '../transitions'

/** The submitter (or an editor) pulls the change back; reviewers are told no votes are needed. */
export function withdrawFromReview({ review, action, actor, board, now }: ActionArgs<'withdraw'>): Decision {
  const refusal = refuseWithdraw({ review, actor, board })
  if (refusal) return refusal

  const next = { ...clearApproval({ review: clearSchedule({ review }) }), state: 'withdrawn' as const }
  return accept({
    from: review,
    to: next,
    actor,
    now,
    action: 'withdraw',
    details: { note: action.note },
    effects: [...cancelSchedule({ review }), notifyReviewers({ review: next, board, reason: 'withdrawn' })],
  })
}
