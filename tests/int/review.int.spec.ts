import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/payload'

/**
 * The board review story over REST with the demo accounts: nothing reaches the published version
 * of pazopanib until two members of its board have approved the current text and an editor publishes.
 */
describe('board review of a drug change over REST', () => {
  let id: number
  const tokens: Record<string, string> = {}
  const as = (who: string) => tokens[who]
  const published = async () => (await rest({ path: `/drugs/${id}`, token: as('editor') })).body.drugClass
  const review = async () => (await rest({ path: `/drugs/${id}/review`, token: as('editor') })).body
  const post = (who: string, path: string, body: unknown) => rest({ method: 'POST', path: `/drugs/${id}/${path}`, token: as(who), body })

  beforeAll(async () => {
    for (const who of ['writer', 'editor', 'admin', 'reviewer1', 'reviewer2', 'reviewer3', 'reviewer4']) {
      tokens[who] = await login(`${who}@galley.test`)
    }
    const found = await rest({ path: '/drugs?where[slug][equals]=pazopanib', token: as('writer') })
    id = found.body.docs[0].id
  })

  it('walks a change from draft to published, enforcing every rule on the way', async () => {
    const original = await published()

    const saved = await rest({
      method: 'PATCH',
      path: `/drugs/${id}?draft=true`,
      token: as('writer'),
      body: { drugClass: 'Multikinase inhibitor (VEGFR, PDGFR, KIT)' },
    })
    expect(saved.status).toBe(200)
    expect((await review()).state).toBe('draft')

    const submitted = await post('writer', 'submit', { changeType: 'minor-change', note: 'More precise drug class' })
    expect(submitted.status).toBe(200)
    expect(submitted.body.state).toBe('in-review')
    expect(submitted.body.round).toBe(1)

    const ownVote = await post('writer', 'vote', { decision: 'approve' })
    expect(ownVote.status).toBe(403)
    const otherBoard = await post('reviewer4', 'vote', { decision: 'approve' })
    expect(otherBoard.status).toBe(403)
    expect(otherBoard.body.errors[0].message).toMatch(/board/i)

    const first = await post('reviewer1', 'vote', { decision: 'approve' })
    expect(first.status).toBe(200)
    expect(first.body.state).toBe('in-review')
    expect(first.body.tally).toMatchObject({ approvals: 1, quorum: 2, quorumMet: false })
    expect((await post('editor', 'publish', {})).status).toBe(409)

    const edited = await rest({
      method: 'PATCH',
      path: `/drugs/${id}?draft=true`,
      token: as('writer'),
      body: { drugClass: 'Multitargeted tyrosine kinase inhibitor' },
    })
    expect(edited.status).toBe(200)
    const reopened = await review()
    expect(reopened.state).toBe('in-review')
    expect(reopened.round).toBe(2)
    expect(reopened.tally.approvals).toBe(0)

    expect((await post('reviewer2', 'vote', { decision: 'approve' })).body.state).toBe('in-review')
    const quorum = await post('reviewer3', 'vote', { decision: 'approve' })
    expect(quorum.body.state).toBe('approved')
    expect(quorum.body.availableActions).not.toContain('publish')

    expect((await post('writer', 'publish', {})).status).toBe(403)
    expect(await published()).toBe(original)

    const done = await post('editor', 'publish', {})
    expect(done.status).toBe(200)
    expect(done.body.state).toBe('published')
    expect(await published()).toBe('Multitargeted tyrosine kinase inhibitor')

    const actions = done.body.history.map((event: { action: string }) => event.action)
    expect(actions).toEqual(['import', 'edit', 'submit', 'vote', 'edit', 'vote', 'vote', 'publish'])
    expect(done.body.history.every((event: { contentHash: string }) => /^sha256:/.test(event.contentHash))).toBe(true)
  })

  it('requires a comment to request changes, naming the field', async () => {
    const response = await rest({ method: 'POST', path: '/drugs/1/vote', token: as('reviewer1'), body: { decision: 'request-changes' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/comment is required/)
  })

  it('answers 400 naming changeType for an unknown change type', async () => {
    const response = await post('writer', 'submit', { changeType: 'tweak', note: 'x' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/changeType/)
  })

  it('keeps review events append-only, even for an admin', async () => {
    const events = await rest({ path: '/review-events?limit=1', token: as('admin') })
    expect(events.body.totalDocs).toBeGreaterThan(0)
    const eventId = events.body.docs[0].id
    const patch = await rest({ method: 'PATCH', path: `/review-events/${eventId}`, token: as('admin'), body: { action: 'forged' } })
    expect(patch.status).toBe(403)
    const remove = await rest({ method: 'DELETE', path: `/review-events/${eventId}`, token: as('admin') })
    expect(remove.status).toBe(403)
    const create = await rest({
      method: 'POST',
      path: '/review-events',
      token: as('admin'),
      body: {
        docKey: 'x',
        reviewedCollection: 'drugs',
        documentId: '1',
        action: 'forged',
        fromState: 'draft',
        toState: 'published',
        round: 1,
      },
    })
    expect(create.status).toBe(403)
  })
})
