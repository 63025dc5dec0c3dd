import { describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/payload'

describe('a board that publishes automatically on quorum', () => {
  it('publishes the approved draft the moment the deciding vote is cast', async () => {
    const admin = await login('admin@galley.test')
    const editor = await login('editor@galley.test')
    const writer = await login('writer@galley.test')
    const reviewer4 = await login('reviewer4@galley.test')

    const boards = await rest({ path: '/boards?where[slug][equals]=supportive-palliative-care', token: admin })
    const board = boards.body.docs[0]
    expect((await rest({ method: 'PATCH', path: `/boards/${board.id}`, token: admin, body: { autoPublish: true } })).status).toBe(200)

    const found = await rest({ path: '/drugs?where[slug][equals]=mesna', token: editor })
    const mesna = found.body.docs[0]
    const moved = await rest({
      method: 'PATCH',
      path: `/drugs/${mesna.id}?draft=true&depth=0`,
      token: editor,
      body: { board: board.id, drugClass: 'Uroprotective agent' },
    })
    expect(moved.body.doc.board).toBe(board.id)

    const submitted = await rest({
      method: 'POST',
      path: `/drugs/${mesna.id}/submit`,
      token: writer,
      body: { changeType: 'minor-change', note: 'Simpler class name' },
    })
    expect(submitted.status).toBe(200)

    const vote = await rest({ method: 'POST', path: `/drugs/${mesna.id}/vote`, token: reviewer4, body: { decision: 'approve' } })
    expect(vote.body.state).toBe('published')
    const published = await rest({ path: `/drugs/${mesna.id}`, token: writer })
    expect(published.body.drugClass).toBe('Uroprotective agent')
  })
})
