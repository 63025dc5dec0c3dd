import type { Vote } from './types'
import { describe, expect, it } from 'vitest'
import { latestVotesInRound, quorumMet } from './votes'

const at = '2026-03-01T12:00:00.000Z'
const vote = (round: number, voterId: string, decision: Vote['decision']): Vote => ({ round, voterId, decision, at })

describe('quorumMet', () => {
  it('needs `quorum` distinct approving members', () => {
    expect(quorumMet({ votes: [vote(1, 'a', 'approve')], round: 1, quorum: 2 })).toBe(false)
    expect(quorumMet({ votes: [vote(1, 'a', 'approve'), vote(1, 'a', 'approve')], round: 1, quorum: 2 })).toBe(false)
    expect(quorumMet({ votes: [vote(1, 'a', 'approve'), vote(1, 'b', 'approve')], round: 1, quorum: 2 })).toBe(true)
  })

  it('ignores votes from other rounds', () => {
    const votes = [vote(1, 'a', 'approve'), vote(1, 'b', 'approve'), vote(2, 'a', 'approve')]
    expect(quorumMet({ votes, round: 2, quorum: 2 })).toBe(false)
    expect(quorumMet({ votes: [...votes, vote(1, 'c', 'reject')], round: 2, quorum: 1 })).toBe(true)
  })

  it('is blocked by any standing request for changes or reject', () => {
    const approvals = [vote(1, 'a', 'approve'), vote(1, 'b', 'approve'), vote(1, 'c', 'approve')]
    expect(quorumMet({ votes: [...approvals, vote(1, 'd', 'request-changes')], round: 1, quorum: 2 })).toBe(false)
    expect(quorumMet({ votes: [...approvals, vote(1, 'd', 'reject')], round: 1, quorum: 2 })).toBe(false)
  })

  it('counts only each member’s latest vote', () => {
    const changedToApprove = [vote(1, 'a', 'request-changes'), vote(1, 'a', 'approve'), vote(1, 'b', 'approve')]
    expect(quorumMet({ votes: changedToApprove, round: 1, quorum: 2 })).toBe(true)
    const changedToRequest = [vote(1, 'a', 'approve'), vote(1, 'b', 'approve'), vote(1, 'a', 'request-changes')]
    expect(quorumMet({ votes: changedToRequest, round: 1, quorum: 2 })).toBe(false)
  })
})

describe('quorumMet with the board’s current members', () => {
  it('stops counting the approval of someone who left the board', () => {
    const votes = [vote(1, 'a', 'approve'), vote(1, 'b', 'approve')]
    expect(quorumMet({ votes, round: 1, quorum: 2, memberIds: ['a', 'b'] })).toBe(true)
    expect(quorumMet({ votes, round: 1, quorum: 2, memberIds: ['a', 'c'] })).toBe(false)
  })

  it('stops a former member’s request for changes from blocking', () => {
    const votes = [vote(1, 'a', 'approve'), vote(1, 'b', 'approve'), vote(1, 'x', 'request-changes')]
    expect(quorumMet({ votes, round: 1, quorum: 2, memberIds: ['a', 'b'] })).toBe(true)
  })
})

describe('latestVotesInRound', () => {
  it('keeps one vote per member, the last cast, in voting order', () => {
    const votes = [vote(1, 'a', 'approve'), vote(1, 'b', 'reject'), vote(2, 'a', 'reject'), vote(1, 'a', 'request-changes')]
    expect(latestVotesInRound({ votes, round: 1 }).map((v) => [v.voterId, v.decision])).toEqual([
      ['b', 'reject'],
      ['a', 'request-changes'],
    ])
  })
})
