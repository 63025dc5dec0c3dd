import { beforeAll, describe, expect, it } from 'vitest'

import { login, requestAs, rest, testPayload } from '../helpers/payload'
import { testSlugPrefix } from '../helpers/reviewClient'

const prefix = testSlugPrefix('accounts')
const password = 'a-long-password'
let adminToken: string
let adminId: number

/** A new writer account, created by the admin over REST. */
const newWriter = async (label: string) => {
  const email = `${prefix}${label}@galley.test`
  const created = await rest({
    method: 'POST',
    path: '/users',
    token: adminToken,
    body: { email, password, name: `Wren ${label}`, roles: ['writer'] },
  })
  expect(created.status).toBe(201)
  return { id: created.body.doc.id as number, email }
}

beforeAll(async () => {
  adminToken = await login('admin@galley.test')
  adminId = (await rest({ path: '/users/me', token: adminToken })).body.user.id
})

describe('people who acted are deactivated, not deleted', () => {
  let wren: { id: number; email: string }
  let wrenToken: string
  let drugId: number

  beforeAll(async () => {
    wren = await newWriter('acted')
    wrenToken = await login(wren.email, password)
    const drug = await rest({
      method: 'POST',
      path: '/drugs',
      token: wrenToken,
      body: { name: `${prefix}drug`, slug: `${prefix}drug`, drugClass: 'x' },
    })
    expect(drug.status).toBe(201)
    drugId = drug.body.doc.id
  })

  it('refuses deleting someone who acted with a 409 that says to deactivate them', async () => {
    const response = await rest({ method: 'DELETE', path: `/users/${wren.id}`, token: adminToken })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/Wren acted has taken part in reviews \(1 recorded action\).*Deactivate it instead/)
  })

  it('deactivates them: their session ends, signing in is refused with the reason, the audit trail keeps their name', async () => {
    const deactivated = await rest({ method: 'PATCH', path: `/users/${wren.id}`, token: adminToken, body: { active: false } })
    expect(deactivated.status).toBe(200)
    expect(deactivated.body.doc).toMatchObject({ active: false, deactivatedAt: expect.any(String) })

    const withOldToken = await rest({
      method: 'PATCH',
      path: `/drugs/${drugId}`,
      token: wrenToken,
      body: { drugClass: 'after deactivation' },
    })
    expect(withOldToken.status).toBe(403)

    const signIn = await rest({ method: 'POST', path: '/users/login', body: { email: wren.email, password } })
    expect(signIn.status).toBe(401)
    expect(signIn.body.errors[0].message).toMatch(/deactivated by an administrator/)

    await rest({ method: 'PATCH', path: `/users/${wren.id}`, token: adminToken, body: { name: 'Renamed later' } })
    const review = await rest({ path: `/drugs/${drugId}/review`, token: adminToken })
    expect(review.body.history[0]).toMatchObject({
      action: 'edit',
      actedAs: { id: String(wren.id), name: 'Wren acted', email: wren.email },
      actorRoles: ['writer'],
    })
  })

  it('refuses a review action by a deactivated person with the reason', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'users', where: { id: { equals: wren.id } } })
    const req = await requestAs('admin@galley.test')
    req.user = { ...docs[0], collection: 'users' } as typeof req.user
    const { answerReviewAction } = await import('@/endpoints/reviewEndpoints')
    await expect(
      answerReviewAction({
        req,
        ref: { collection: 'drugs', id: String(drugId) },
        action: { type: 'submit', changeType: 'new', note: 'x' },
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/deactivated/) })
  })

  it('lets them sign in again once reactivated', async () => {
    const reactivated = await rest({ method: 'PATCH', path: `/users/${wren.id}`, token: adminToken, body: { active: true } })
    expect(reactivated.body.doc).toMatchObject({ active: true, deactivatedAt: null })
    expect(await login(wren.email, password)).toEqual(expect.any(String))
  })

  it('deletes an account that never acted', async () => {
    const idle = await newWriter('idle')
    expect((await rest({ method: 'DELETE', path: `/users/${idle.id}`, token: adminToken })).status).toBe(200)
  })

  it('does not let a writer deactivate themselves', async () => {
    const token = await login(wren.email, password)
    await rest({ method: 'PATCH', path: `/users/${wren.id}`, token, body: { active: false } })
    const after = await rest({ path: `/users/${wren.id}`, token: adminToken })
    expect(after.body.active).toBe(true)
  })
})

describe('the last active administrator', () => {
  it('cannot be deleted', async () => {
    const response = await rest({ method: 'DELETE', path: `/users/${adminId}`, token: adminToken })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/last active administrator, so the account cannot be deleted/)
  })

  it('cannot be deactivated', async () => {
    const response = await rest({ method: 'PATCH', path: `/users/${adminId}`, token: adminToken, body: { active: false } })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/cannot be deactivated/)
    expect((await rest({ path: '/users/me', token: adminToken })).body.user.active).toBe(true)
  })

  it('cannot be demoted, even by the system (400 naming roles)', async () => {
    const payload = await testPayload()
    await expect(payload.update({ collection: 'users', id: adminId, data: { roles: ['writer'] } })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'roles', message: expect.stringMatching(/last active administrator/) })] },
    })
  })

  it('can be deactivated once another active administrator exists', async () => {
    const payload = await testPayload()
    const second = await payload.create({
      collection: 'users',
      data: { email: `${prefix}admin2@galley.test`, password, name: 'Second admin', roles: ['admin'] },
    })
    const secondToken = await login(`${prefix}admin2@galley.test`, password)
    const deactivated = await rest({ method: 'PATCH', path: `/users/${second.id}`, token: adminToken, body: { active: false } })
    expect(deactivated.status).toBe(200)
    // now the demo admin is the last active one again
    expect((await rest({ method: 'DELETE', path: `/users/${adminId}`, token: adminToken })).status).toBe(409)
    expect((await rest({ path: '/users', token: secondToken })).status).toBe(403)
  })
})
