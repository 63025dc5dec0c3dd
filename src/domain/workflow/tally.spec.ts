import type { Review } from './types'
import { describe, expect, it } from 'vitest'
import { board, reviewIn } from './fixtures'
import { tally } from './tally'

describe('tally', () => {
  it('summarises the current round’s latest votes against the board’s quorum', () => {
    const review: Review = {
      ...reviewIn({ state: 'in-review' }),
      votes: [
        { round: 1, voterId: 'r3', decision: 'reject', comment: 'old round', at: '2026-02-01T00:00:00.000Z' },
        { round: 2, voterId: 'r1', decision: 'request-changes', comment: 'fix', at: '2026-02-02T00:00:00.000Z' },
        { round: 2, voterId: 'r2', decision: 'approve', at: '2026-02-03T00:00:00.000Z' },
        { round: 2, voterId: 'r1', decision: 'approve', at: '2026-02-04T00:00:00.000Z' },
      ],
    }
    const result = tally({ review, board })
    expect(result).toMatchObject({ round: 2, approvals: 2, requestsForChanges: 0, rejections: 0, quorum: 2, quorumMet: true })
    expect(result.votes.map((v) => `${v.voterId}:${v.decision}`)).toEqual(['r2:approve', 'r1:approve'])
  })

  it('reports quorum not met while a request for changes stands', () => {
    const result = tally({ review: reviewIn({ state: 'changes-requested' }), board })
    expect(result).toMatchObject({ approvals: 0, requestsForChanges: 1, quorumMet: false })
  })

  it('counts only current members’ votes and lists a former member’s vote as not counted, with the reason', () => {
    const review: Review = {
      ...reviewIn({ state: 'approved' }),
      votes: [
        { round: 2, voterId: 'r1', decision: 'approve', at: '2026-02-02T00:00:00.000Z' },
        { round: 2, voterId: 'gone', decision: 'approve', at: '2026-02-03T00:00:00.000Z' },
      ],
    }
    const result = tally({ review, board })
    expect(result).toMatchObject({ approvals: 1, quorumMet: false })
    expect(result.votes.map((v) => v.voterId)).toEqual(['r1'])
    expect(result.notCounted).toEqual([
      expect.objectContaining({
        voterId: 'gone',
        decision: 'approve',
        reason: 'not counted: the voter is no longer a member of the board',
      }),
    ])
  })
})
