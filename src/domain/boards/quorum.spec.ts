import { describe, expect, it } from 'vitest'

import { quorumProblem } from './quorum'

describe('quorumProblem', () => {
  it('accepts a quorum no larger than the members', () => {
    expect(quorumProblem({ quorum: 2, memberCount: 3 })).toBeNull()
  })

  it('rejects a quorum larger than the members', () => {
    expect(quorumProblem({ quorum: 3, memberCount: 2 })).toMatch(/only 2 members/)
  })

  it('rejects a zero or fractional quorum', () => {
    expect(quorumProblem({ quorum: 0, memberCount: 2 })).toMatch(/at least 1/)
    expect(quorumProblem({ quorum: 1.5, memberCount: 2 })).toMatch(/whole number/)
  })

  it('lets a board be created before its members are added', () => {
    expect(quorumProblem({ quorum: 2, memberCount: 0 })).toBeNull()
  })
})
