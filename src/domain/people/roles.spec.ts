import { describe, expect, it } from 'vitest'

import type { Person } from './roles'
import { deliberationScope, mayReadDeliberation, mayVote } from './roles'

const person = (id: string, ...roles: string[]): Person => ({ id, roles })
const board = { memberIds: ['r1', 'a-member-admin'] }

describe("who reads a board's deliberation", () => {
  it.each([
    ['an admin', person('a', 'admin')],
    ['a managing editor', person('e', 'editor')],
    ['a writer', person('w', 'writer')],
    ['a reviewer on the board', person('r1', 'reviewer')],
  ])('%s does', (_, reader) => {
    expect(mayReadDeliberation(reader, board)).toBe(true)
  })

  it.each([
    ['a reviewer of another board', person('r4', 'reviewer')],
    ['a member without any role', person('r1')],
    ['nobody signed in', null],
  ])('%s does not', (_, reader) => {
    expect(mayReadDeliberation(reader, board)).toBe(false)
  })

  it('reads every board for content staff, their own boards for reviewers, none without a role', () => {
    expect(deliberationScope(person('w', 'writer'))).toBe('every-board')
    expect(deliberationScope(person('r4', 'reviewer'))).toBe('own-boards')
    expect(deliberationScope(person('x'))).toBe('none')
    expect(deliberationScope(null)).toBe('none')
  })
})

describe('who votes', () => {
  it("is a member of the document's board, whatever their roles", () => {
    expect(mayVote(person('a-member-admin', 'admin'), board)).toBe(true)
    expect(mayVote(person('a', 'admin'), board)).toBe(false)
  })
})
