import type { Vote } from './types'

type RoundArgs = { votes: Vote[]; round: number }

/** Each member's latest vote in the round (a changed vote replaces the earlier one), in order of voting. */
export function latestVotesInRound({ votes, round }: RoundArgs): Vote[] {
  const latest = new Map<string, Vote>()
  for (const vote of votes) {
    if (vote.round !== round) continue
    latest.delete(vote.voterId)
    latest.set(vote.voterId, vote)
  }
  return [...latest.values()]
}

export function countDecisions({ votes, round }: RoundArgs) {
  const latest = latestVotesInRound({ votes, round })
  const count = (decision: Vote['decision']) => latest.filter((vote) => vote.decision === decision).length
  return {
    latest,
    approvals: count('approve'),
    requestsForChanges: count('request-changes'),
    rejections: count('reject'),
  }
}

/**
 * Quorum: at least `quorum` distinct members whose latest vote in the round is approve, and no member
 * whose latest vote in the round is request-changes or reject.
 */
export function quorumMet({ votes, round, quorum }: RoundArgs & { quorum: number }): boolean {
  const { approvals, requestsForChanges, rejections } = countDecisions({ votes, round })
  return approvals >= quorum && requestsForChanges === 0 && rejections === 0
}
