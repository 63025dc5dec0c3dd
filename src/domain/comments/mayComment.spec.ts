import type { Actor } from '../workflow/types'
import { describe, expect, it } from 'vitest'
import { board } from '../workflow/fixtures'
import { mayReadDeliberation } from '../people/roles'
import { refuseComment, refuseParent } from './mayComment'

const person = (id: string, ...roles: Actor['roles']): Actor => ({ id, roles })

describe('who takes part in a review discussion', () => {
  it.each([
    ['an admin', person('a', 'admin')],
    ['a managing editor', person('e', 'editor')],
    ['a writer', person('w', 'writer')],
    ['a member of the document’s board', person('r1', 'reviewer')],
  ])('%s reads and comments', (_, actor) => {
    expect(mayReadDeliberation(actor, board)).toBe(true)
    expect(refuseComment({ actor, board })).toBeNull()
  })

  it.each([
    ['a reviewer of another board', person('rx', 'reviewer')],
    ['a signed-in account without a role', person('nobody')],
  ])('%s neither reads nor comments (403)', (_, actor) => {
    expect(mayReadDeliberation(actor, board)).toBe(false)
    expect(refuseComment({ actor, board })).toMatchObject({ ok: false, status: 403, reason: 'not-board-member' })
  })
})

describe('replies', () => {
  it('answer a comment on the same document', () => {
    expect(refuseParent({ parent: { docKey: 'drugs:1' }, docKey: 'drugs:1' })).toBeNull()
  })

  it.each([
    ['on another document', { docKey: 'drugs:2' }],
    ['that does not exist', null],
  ])('are refused for a parent %s, naming parentId', (_, parent) => {
    expect(refuseParent({ parent, docKey: 'drugs:1' })).toMatchObject({
      ok: false,
      status: 400,
      field: 'parentId',
      message: 'parentId must be the id of a comment on this document',
    })
  })
})
