import { beforeAll, describe, expect, it } from 'vitest'

import type { ReviewClient } from '../helpers/reviewClient'

import { demoPassword, login, requestAs, rest, testPayload } from '../helpers/payload'
import { reviewClient, testSlugPrefix } from '../helpers/reviewClient'

/**
 * What a person reads when the review refuses them, over REST: Galley's one error shape
 * (`{ errors: [{ message, field?, code }] }`) with a message that says where the change stands and
 * what to do — never Payload's "An unknown error occurred." or "Something went wrong."
 */
describe('refusals over REST say where the change stands and what to do', () => {
  let client: ReviewClient
  const prefix = testSlugPrefix('refusals')
  let count = 0
  const newDrug = async () => {
    count += 1
    const created = await client.create({
      name: `Refusal drug ${count}`,
      slug: `${prefix}${count}`,
      drugClass: 'Kinase inhibitor',
      mechanism: 'Blocks a kinase.',
    })
    expect(created.status).toBe(201)
    return created.body.doc.id as number
  }
  const post = async (email: string, id: number, action: string, body: unknown) =>
    rest({ method: 'POST', path: `/drugs/${id}/${action}`, token: await login(email), body })

  beforeAll(async () => {
    client = await reviewClient()
  })

  it('publishing an approval that was edited since: 409 naming the new round and its votes', async () => {
    const id = await newDrug()
    await client.approve(id)
    expect((await client.edit(id, { drugClass: 'Kinase inhibitor, reworded' })).status).toBe(200)

    const refused = await client.publish(id)
    expect(refused.status).toBe(409)
    expect(refused.body).toEqual({
      errors: [
        {
          code: 'wrong-state',
          message: 'This change was edited after approval: round 2 needs 2 approvals, it has 0. Publish it once the board has approved it.',
        },
      ],
    })
  })

  it('a vote by the submitter: 403 naming the four-eyes rule', async () => {
    const payload = await testPayload()
    const email = `writer-reviewer-${Date.now()}@galley.test`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: demoPassword, name: 'Writing Reviewer', roles: ['writer', 'reviewer'] },
      overrideAccess: true,
    })
    const { docs } = await payload.find({ collection: 'boards', where: { slug: { equals: 'adult-treatment' } }, depth: 0, limit: 1 })
    const board = docs[0]
    const members = (board.members ?? []).map((member) => (typeof member === 'object' ? member.id : member))
    await payload.update({ collection: 'boards', id: board.id, data: { members: [...members, user.id] }, overrideAccess: true })

    const id = await newDrug()
    expect((await post(email, id, 'submit', { changeType: 'new', note: 'A new drug' })).status).toBe(200)
    const refused = await post(email, id, 'vote', { decision: 'approve' })
    expect(refused.status).toBe(403)
    expect(refused.body).toEqual({
      errors: [
        {
          code: 'forbidden',
          message: 'You submitted this change, so you cannot vote on it (four-eyes rule): round 1 needs the votes of other board members.',
        },
      ],
    })
  })

  it('a vote on a change nobody submitted: 409 saying it is a draft and must be submitted first', async () => {
    const id = await newDrug()
    const refused = await client.vote('reviewer1', id, 'approve')
    expect(refused.status).toBe(409)
    expect(refused.body).toEqual({
      errors: [
        {
          code: 'wrong-state',
          message:
            'This change is a draft: it has not been submitted for review. There is no open round to vote in: a writer must submit the change first.',
        },
      ],
    })
  })

  it('bad input: 400 naming the field, in the same shape', async () => {
    const id = await newDrug()
    const missing = await post('reviewer2@galley.test', id, 'vote', { decision: 'reject' })
    expect(missing.status).toBe(400)
    expect(missing.body).toEqual({
      errors: [{ code: 'invalid-parameter', field: 'comment', message: 'comment is required when decision is reject' }],
    })
  })

  it('a document that does not exist: 404 in the same shape', async () => {
    const refused = await client.publish(987_654)
    expect(refused.status).toBe(404)
    expect(refused.body.errors).toEqual([
      { code: 'not-found', message: expect.stringMatching(/^There is no drugs document with id 987654/) },
    ])
  })

  it('a damaged stored review: 409 naming what is wrong with it, not a 500', async () => {
    const payload = await testPayload()
    const id = await newDrug()
    expect((await client.submit(id)).status).toBe(200)
    const { docs } = await payload.find({ collection: 'reviews', where: { docKey: { equals: `drugs:${id}` } }, limit: 1 })
    await payload.update({
      collection: 'reviews',
      id: docs[0].id,
      data: { review: { ...(docs[0].review as object), state: 'half-approved' } },
      overrideAccess: true,
    })

    for (const refused of [
      await client.vote('reviewer1', id, 'approve'),
      await rest({ path: `/drugs/${id}/review`, token: await login('editor@galley.test') }),
    ]) {
      expect(refused.status).toBe(409)
      expect(refused.body.errors).toEqual([
        {
          code: 'wrong-state',
          message: expect.stringMatching(new RegExp(`^The stored review of drugs:${id} is damaged \\(state: state must be one of draft, `)),
        },
      ])
    }
  })

  it('publishing a change that links to an unpublished document: 409 naming the field', async () => {
    const payload = await testPayload()
    const writer = await requestAs('writer@galley.test')
    const draftOnly = await payload.create({
      collection: 'references',
      draft: true,
      data: {
        kind: 'journal-article',
        title: 'A linked reference that is still a draft',
        authors: [{ name: 'Roe K' }],
        year: 2025,
        journal: 'J Test',
        lastReviewedAt: '2024-01-15T00:00:00.000Z',
      },
      req: writer,
      user: writer.user,
      overrideAccess: false,
    })
    const id = await newDrug()
    expect((await client.edit(id, { references: [draftOnly.id] } as never)).status).toBe(200)
    await client.approve(id)

    const refused = await client.publish(id)
    expect(refused.status).toBe(409)
    expect(refused.body.errors).toEqual([
      {
        code: 'wrong-state',
        field: expect.stringMatching(/^content\.references/),
        message: `This cannot be published yet: references ${draftOnly.id} has no published revision to link to. Publish what it links to first, or edit the draft.`,
      },
    ])
  })
})
