import type { Board, Review } from './types'
import { countDecisions, quorumMet } from './votes'

type Args = { review: Review; board: Board }

const approvalsOf = ({ review, board }: Args, round = review.round) =>
  `round ${round} needs ${board.quorum} approval${board.quorum === 1 ? '' : 's'}, it has ${countDecisions({ votes: review.votes, round }).approvals}`

/** Whether the open round was opened by editing a change the board had approved. */
export const editedAfterApproval = ({ review, board }: Args): boolean =>
  review.state === 'in-review' && review.round > 1 && quorumMet({ votes: review.votes, round: review.round - 1, quorum: board.quorum })

/**
 * Where the change stands, as a sentence for a refusal: "This change is in review: round 2 needs 2
 * approvals, it has 1." Refusals add what to do next.
 */
export function describeState({ review, board }: Args): string {
  switch (review.state) {
    case 'draft':
      return 'This change is a draft: it has not been submitted for review.'
    case 'in-review':
      if (editedAfterApproval({ review, board })) return `This change was edited after approval: ${approvalsOf({ review, board })}.`
      return `This change is in review: ${approvalsOf({ review, board })}.`
    case 'changes-requested':
      return `The board asked for changes in round ${review.round}.`
    case 'approved':
      return `This change is approved (round ${review.round}).`
    case 'published':
      return 'This document is published and has no change under review.'
    case 'rejected':
      return `The board rejected this change in round ${review.round}.`
    case 'withdrawn':
      return 'This change was withdrawn from review.'
    case 'retired':
      return 'This document is retired.'
  }
}
