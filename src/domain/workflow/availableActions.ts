import type { Actor, AvailableAction, Board, Review } from './types'
import { refuseEdit, refusePublish, refuseSubmit, refuseVote, refuseWithdraw } from './guards'

type Args = { review: Review; actor: Actor; board: Board }

/**
 * The actions this person may take now, for showing only the buttons that will work. Listed exactly
 * when some valid input exists that `decide` would accept (e.g. submit on a published document, which
 * is possible as a retirement or when the draft has unpublished changes).
 */
export function availableActions({ review, actor, board }: Args): AvailableAction[] {
  const allowed: Record<AvailableAction, boolean> = {
    submit:
      !refuseSubmit({ review, actor, intent: 'publish', hasPendingChanges: true }) ||
      !refuseSubmit({ review, actor, intent: 'retire', hasPendingChanges: false }),
    vote: !refuseVote({ review, actor, board }),
    publish: !refusePublish({ review, actor, board }),
    withdraw: !refuseWithdraw({ review, actor }),
    edit: !refuseEdit({ review, actor }),
  }
  return (Object.keys(allowed) as AvailableAction[]).filter((action) => allowed[action])
}
