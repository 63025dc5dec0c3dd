import { describe, expect, it } from 'vitest'

import { boardProblems } from './membership'

describe('boardProblems', () => {
  it('accepts distinct members and a quorum they can meet', () => {
    expect(boardProblems({ members: [1, 2, 3], quorum: 2 })).toEqual([])
  })

  it('refuses a member listed twice, naming members', () => {
    expect(boardProblems({ members: [1, 2, { id: 2 }], quorum: 2 })).toEqual([
      { field: 'members', message: 'members must be listed once each: user 2 is listed more than once' },
    ])
  })

  it('counts the quorum against distinct people, naming quorum', () => {
    const problems = boardProblems({ members: [1, 1, 2], quorum: 3 })
    expect(problems.map((problem) => problem.field)).toEqual(['members', 'quorum'])
    expect(problems[1].message).toMatch(/only 2 members/)
  })
})
