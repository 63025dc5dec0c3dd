import { beforeAll, describe, expect, it } from 'vitest'

import { receivedMail } from '../helpers/mail'
import { login, rest } from '../helpers/payload'

/**
 * Threaded comments on a review round over REST: the document's board and the content staff discuss
 * the change; reviewers of other boards neither see nor join the discussion, and nobody edits it.
 */
describe('review comments', () => {
  let id: number
  let otherId: number
  const tokens: Record<string, string> = {}
  const as = (who: string) => tokens[who]
  const comment = (who: string, body: unknown, onId = id) => rest({ method: 'POST', path: `/drugs/${onId}/comments`, token: as(who), body })
  const review = async (who: string) => rest({ path: `/drugs/${id}/review`, token: as(who) })

  beforeAll(async () => {
    for (const who of ['writer', 'editor', 'admin', 'reviewer1', 'reviewer2', 'reviewer4']) tokens[who] = await login(`${who}@galley.test`)
    const drug = async (slug: string) => (await rest({ path: `/drugs?where[slug][equals]=${slug}`, token: as('writer') })).body.docs[0].id
    id = await drug('sorafenib')
    otherId = await drug('entrectinib')
    await rest({
      method: 'PATCH',
      path: `/drugs/${id}?draft=true`,
      token: as('writer'),
      body: { drugClass: 'Multikinase inhibitor (RAF, VEGFR)' },
    })
    const submitted = await rest({
      method: 'POST',
      path: `/drugs/${id}/submit`,
      token: as('writer'),
      body: { changeType: 'minor-change', note: 'Name the targets' },
    })
    expect(submitted.body.round).toBe(1)
  })

  it('lets board members comment and reply (also to a reply), emailing nobody', async () => {
    receivedMail.length = 0
    const first = await comment('reviewer1', { body: '  Does the class need the targets in brackets?  ' })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({
      body: 'Does the class need the targets in brackets?',
      round: 1,
      parentId: null,
      author: { name: 'Dr. Rosa Reyes' },
    })
    expect(first.body.createdAt).toBeTruthy()

    const reply = await comment('reviewer2', { body: 'Yes, it matches the label.', parentId: first.body.id })
    expect(reply.status).toBe(201)
    expect(reply.body).toMatchObject({ parentId: first.body.id, author: { name: 'Dr. Sam Okafor' } })

    const answer = await comment('writer', { body: 'Keeping them, thanks.', parentId: reply.body.id })
    expect(answer.status).toBe(201)
    expect(receivedMail).toEqual([])
  })

  it('shows the writer the threads in GET /review', async () => {
    const response = await review('writer')
    expect(response.status).toBe(200)
    expect(response.body.canComment).toBe(true)
    expect(response.body.comments).toMatchObject([
      {
        body: 'Does the class need the targets in brackets?',
        author: { name: 'Dr. Rosa Reyes' },
        round: 1,
        replies: [
          {
            body: 'Yes, it matches the label.',
            author: { name: 'Dr. Sam Okafor' },
            replies: [{ body: 'Keeping them, thanks.', author: { name: 'Wren Writer' }, replies: [] }],
          },
        ],
      },
    ])
  })

  it('keeps reviewers of another board out: 403 to post, nothing to read', async () => {
    const refused = await comment('reviewer4', { body: 'Looks fine to me.' })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/board/)

    const view = await review('reviewer4')
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ canComment: false, comments: [] })
    const listed = await rest({ path: `/review-comments?where[docKey][equals]=drugs:${id}`, token: as('reviewer4') })
    expect(listed.body.totalDocs).toBe(0)

    const member = await rest({ path: `/review-comments?where[docKey][equals]=drugs:${id}`, token: as('reviewer1') })
    expect(member.body.totalDocs).toBe(3)
  })

  it('answers 400 naming the field for an empty body or a parent on another document', async () => {
    for (const body of [{ body: '   ' }, {}, { body: 'x'.repeat(5001) }]) {
      const response = await comment('reviewer1', body)
      expect(response.status).toBe(400)
      expect(response.body.errors[0]).toMatchObject({ field: 'body', code: 'invalid-parameter' })
    }

    const elsewhere = await comment('editor', { body: 'A note on another drug.' }, otherId)
    expect(elsewhere.status).toBe(201)
    for (const parentId of [elsewhere.body.id, 999_999, 'not-an-id']) {
      const response = await comment('reviewer1', { body: 'Replying across documents', parentId })
      expect(response.status).toBe(400)
      expect(response.body.errors).toEqual([
        { field: 'parentId', code: 'invalid-parameter', message: 'parentId must be the id of a comment on this document' },
      ])
    }
  })

  it('keeps comments on the record: no create, update or delete over REST, even for an admin', async () => {
    const listed = await rest({ path: `/review-comments?where[docKey][equals]=drugs:${id}`, token: as('admin') })
    const commentId = listed.body.docs[0].id
    const patch = await rest({
      method: 'PATCH',
      path: `/review-comments/${commentId}`,
      token: as('admin'),
      body: { body: 'Rewritten history' },
    })
    expect(patch.status).toBe(403)
    const remove = await rest({ method: 'DELETE', path: `/review-comments/${commentId}`, token: as('admin') })
    expect(remove.status).toBe(403)
    const create = await rest({
      method: 'POST',
      path: '/review-comments',
      token: as('admin'),
      body: { docKey: `drugs:${id}`, reviewedCollection: 'drugs', documentId: String(id), board: 1, round: 1, author: 1, body: 'Forged' },
    })
    expect(create.status).toBe(403)
    const unchanged = await rest({ path: `/review-comments/${commentId}`, token: as('admin') })
    expect(unchanged.body.body).toBe(listed.body.docs[0].body)
  })
})
