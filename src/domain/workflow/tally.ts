import type { Board, Review, Tally } from './types'
import { countDecisions, quorumMet, votesNoLongerCounted } from './votes'

type Args = { review: Review; board: Board }

/**
 * The current round's standing, for display next to the vote buttons. Only the board's current members'
 * votes count; the votes of people who have left it are listed apart with the reason.
 */
export function tally({ review, board }: Args): Tally {
  const round = { votes: review.votes, round: review.round, memberIds: board.memberIds }
  const { latest, approvals, requestsForChanges, rejections } = countDecisions(round)
  return {
    round: review.round,
    approvals,
    requestsForChanges,
    rejections,
    quorum: board.quorum,
    quorumMet: quorumMet({ ...round, quorum: board.quorum }),
    votes: latest,
    notCounted: votesNoLongerCounted(round),
  }
}
