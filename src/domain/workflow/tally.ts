import type { Board, Review, Tally } from './types'
import { countDecisions, quorumMet } from './votes'

type Args = { review: Review; board: Board }

/** The current round's standing, for display next to the vote buttons. */
export function tally({ review, board }: Args): Tally {
  const { latest, approvals, requestsForChanges, rejections } = countDecisions({
    votes: review.votes,
    round: review.round,
  })
  return {
    round: review.round,
    approvals,
    requestsForChanges,
    rejections,
    quorum: board.quorum,
    quorumMet: quorumMet({ votes: review.votes, round: review.round, quorum: board.quorum }),
    votes: latest,
  }
}
