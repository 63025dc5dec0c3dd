import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/payload'

/** Retiring a published document is a change like any other: the board approves it, an editor carries it out. */
describe('retiring a published drug', () => {
  let id: number
  const tokens: Record<string, string> = {}
  const post = (who: string, path: string, body: unknown) =>
    rest({ method: 'POST', path: `/drugs/${id}/${path}`, token: tokens[who], body })
  const current = async () => (await rest({ path: `/drugs/${id}`, token: tokens.editor })).body

  beforeAll(async () => {
    for (const who of ['writer', 'editor', 'reviewer1', 'reviewer2']) tokens[who] = await login(`${who}@galley.test`)
    const found = await rest({ path: '/drugs?where[slug][equals]=eribulin', token: tokens.writer })
    id = found.body.docs[0].id
  })

  it('keeps the drug published until the board approves and an editor retires it', async () => {
    expect((await current())._status).toBe('published')

    const submitted = await post('writer', 'submit', { changeType: 'major-change', note: 'Withdrawn from this summary', intent: 'retire' })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ state: 'in-review', intent: 'retire' })

    expect((await post('reviewer1', 'vote', { decision: 'approve' })).status).toBe(200)
    expect((await current())._status).toBe('published')
    const approved = await post('reviewer2', 'vote', { decision: 'approve' })
    expect(approved.body.state).toBe('approved')
    expect((await post('writer', 'publish', {})).status).toBe(403)
    expect((await current())._status).toBe('published')

    const retired = await post('editor', 'publish', {})
    expect(retired.status).toBe(200)
    expect(retired.body.state).toBe('retired')
    const after = await current()
    expect(after._status).toBe('draft')
    expect(after.name).toBe('eribulin')

    const history = retired.body.history.map((event: { action: string; toState: string }) => `${event.action}:${event.toState}`)
    expect(history.slice(-4)).toEqual(['submit:in-review', 'vote:in-review', 'vote:approved', 'publish:retired'])
  })
})
