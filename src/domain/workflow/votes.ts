import type { Vote } from './types'

type RoundArgs = {
  votes: Vote[]
  round: number
  /** The board's members now: the votes of anyone no longer on the board do not count. All when omitted. */
  memberIds?: readonly string[]
}

/** Each member's latest vote in the round (a changed vote replaces the earlier one), in order of voting. */
export function latestVotesInRound({ votes, round, memberIds }: RoundArgs): Vote[] {
  const latest = new Map<string, Vote>()
  for (const vote of votes) {
    if (vote.round !== round) continue
    if (memberIds && !memberIds.includes(vote.voterId)) continue
    latest.delete(vote.voterId)
    latest.set(vote.voterId, vote)
  }
  return [...latest.values()]
}

export function countDecisions({ votes, round, memberIds }: RoundArgs) {
  const latest = latestVotesInRound({ votes, round, memberIds })
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
 * whose latest vote in the round is request-changes or reject (of the current members, when given).
 */
export function quorumMet({ votes, round, quorum, memberIds }: RoundArgs & { quorum: number }): boolean {
  const { approvals, requestsForChanges, rejections } = countDecisions({ votes, round, memberIds })
  return approvals >= quorum && requestsForChanges === 0 && rejections === 0
}

/** The round's latest votes of people no longer on the board: shown, but not counted. */
export function votesNoLongerCounted({ votes, round, memberIds }: Required<RoundArgs>): (Vote & { reason: string })[] {
  return latestVotesInRound({ votes, round })
    .filter((vote) => !memberIds.includes(vote.voterId))
    .map((vote) => ({ ...vote, reason: 'not counted: the voter is no longer a member of the board' }))
}
