import type { Json } from '../helpers/json'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/payload'
import { testSlugPrefix } from '../helpers/reviewClient'

const prefix = testSlugPrefix('boards')
const tokens: Record<string, string> = {}
const ids: Record<string, number> = {}

const createBoard = (name: string, body: Record<string, unknown>) =>
  rest({ method: 'POST', path: '/boards', token: tokens.admin, body: { name: `${prefix}${name}`, ...body } })

const fieldsOf = (response: { body: Json }) => response.body.errors[0].data.errors.map((error: { path: string }) => error.path)

beforeAll(async () => {
  for (const who of ['admin', 'editor', 'writer', 'reviewer1', 'reviewer2', 'reviewer3']) {
    tokens[who] = await login(`${who}@galley.test`)
    ids[who] = (await rest({ path: '/users/me', token: tokens[who] })).body.user.id
  }
})

describe('board members and quorum', () => {
  it('refuses a member listed twice (400 naming members)', async () => {
    const response = await createBoard('twice', { members: [ids.reviewer1, ids.reviewer1, ids.reviewer2], quorum: 2 })
    expect(response.status).toBe(400)
    expect(fieldsOf(response)).toEqual(['members'])
  })

  it('counts the quorum against distinct members (400 naming quorum)', async () => {
    const response = await createBoard('toofew', { members: [ids.reviewer1, ids.reviewer2], quorum: 3 })
    expect(response.status).toBe(400)
    expect(fieldsOf(response)).toEqual(['quorum'])
    expect(response.body.errors[0].data.errors[0].message).toMatch(/only 2 members/)
  })
})

describe('a vote by someone no longer on the board', () => {
  let boardId: number
  let drugId: number
  const post = (who: string, action: string, body: unknown) =>
    rest({ method: 'POST', path: `/drugs/${drugId}/${action}`, token: tokens[who], body })

  beforeAll(async () => {
    const board = await createBoard('panel', { members: [ids.reviewer1, ids.reviewer2, ids.reviewer3], quorum: 2 })
    expect(board.status).toBe(201)
    boardId = board.body.doc.id
    const drug = await rest({
      method: 'POST',
      path: '/drugs',
      token: tokens.editor,
      body: { name: `${prefix}drug`, slug: `${prefix}drug`, drugClass: 'x', board: boardId },
    })
    expect(drug.status).toBe(201)
    drugId = drug.body.doc.id
    expect((await post('writer', 'submit', { changeType: 'new', note: 'board test' })).status).toBe(200)
    expect((await post('reviewer1', 'vote', { decision: 'approve' })).status).toBe(200)
    expect((await post('reviewer2', 'vote', { decision: 'approve' })).body.state).toBe('approved')
    const removed = await rest({
      method: 'PATCH',
      path: `/boards/${boardId}`,
      token: tokens.admin,
      body: { members: [ids.reviewer1, ids.reviewer3] },
    })
    expect(removed.status).toBe(200)
  })

  // The demo reviewers sit on this board only for this file: other files count their memberships.
  afterAll(async () => {
    await rest({ method: 'PATCH', path: `/boards/${boardId}`, token: tokens.admin, body: { members: [] } })
  })

  it('stops counting: the review shows it as not counted, with the reason', async () => {
    const view = await rest({ path: `/drugs/${drugId}/review`, token: tokens.editor })
    expect(view.body.tally).toMatchObject({ approvals: 1, quorum: 2, quorumMet: false })
    expect(view.body.tally.notCounted).toEqual([
      expect.objectContaining({
        voterId: String(ids.reviewer2),
        decision: 'approve',
        reason: expect.stringMatching(/no longer a member of the board/),
      }),
    ])
    expect(view.body.availableActions).not.toContain('publish')
  })

  it('keeps the change from being published until a current member approves', async () => {
    const refused = await post('editor', 'publish', {})
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/no longer stands/)
    expect((await post('reviewer3', 'vote', { decision: 'approve' })).status).toBe(200)
    const published = await post('editor', 'publish', {})
    expect(published.status).toBe(200)
    expect(published.body.state).toBe('published')
  })
})
