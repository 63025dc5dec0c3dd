import { describe, expect, it } from 'vitest'

import { login, requestAs, rest, testPayload } from '../helpers/payload'

const demoAccounts = [
  'admin@galley.test',
  'editor@galley.test',
  'writer@galley.test',
  'reviewer1@galley.test',
  'reviewer2@galley.test',
  'reviewer3@galley.test',
  'reviewer4@galley.test',
]

describe('demo accounts and roles', () => {
  it.each(demoAccounts)('%s signs in through POST /api/users/login', async (email) => {
    const response = await rest({ method: 'POST', path: '/users/login', body: { email, password: 'galley-demo' } })
    expect(response.status).toBe(200)
    expect(response.body.user.email).toBe(email)
    expect(typeof response.body.token).toBe('string')
  })

  it('refuses a wrong password', async () => {
    const response = await rest({ method: 'POST', path: '/users/login', body: { email: 'writer@galley.test', password: 'nope' } })
    expect(response.status).toBe(401)
  })

  it('refuses anonymous GET /api/users', async () => {
    const response = await rest({ path: '/users' })
    expect(response.status).toBe(403)
  })

  it('shows a writer only their own account', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ path: '/users', token })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((user: { email: string }) => user.email)).toEqual(['writer@galley.test'])
  })

  it('keeps a writer a writer when they PATCH their own roles to admin', async () => {
    const token = await login('writer@galley.test')
    const me = await rest({ path: '/users/me', token })
    const response = await rest({ method: 'PATCH', path: `/users/${me.body.user.id}`, token, body: { roles: ['admin'] } })
    expect(response.status).toBe(200)
    const after = await rest({ path: `/users/${me.body.user.id}`, token })
    expect(after.body.roles).toEqual(['writer'])
  })

  it('does not let an admin change their own roles either', async () => {
    const payload = await testPayload()
    const req = await requestAs('admin@galley.test')
    const updated = await payload.update({
      collection: 'users',
      id: req.user!.id,
      data: { roles: ['writer'] },
      req,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['admin'])
  })

  it('lets an admin change someone else’s roles', async () => {
    const payload = await testPayload()
    const req = await requestAs('admin@galley.test')
    const created = await payload.create({
      collection: 'users',
      data: { email: 'temp-writer@galley.test', password: 'a-long-password', name: 'Temp', roles: ['writer'] },
      req,
      overrideAccess: false,
    })
    const updated = await payload.update({
      collection: 'users',
      id: created.id,
      data: { roles: ['writer', 'reviewer'] },
      req,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['writer', 'reviewer'])
  })

  it('refuses a writer creating an account', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({
      method: 'POST',
      path: '/users',
      token,
      body: { email: 'sneaky@galley.test', password: 'a-long-password', name: 'Sneaky', roles: ['admin'] },
    })
    expect(response.status).toBe(403)
  })

  it('lists a reviewer’s board memberships on their account', async () => {
    const payload = await testPayload()
    const req = await requestAs('reviewer1@galley.test')
    const me = await payload.findByID({ collection: 'users', id: req.user!.id, req, overrideAccess: false, depth: 1 })
    const boards = (me.boards?.docs ?? []).map((board) => (typeof board === 'object' ? board.name : board))
    expect(boards).toEqual(['Adult Treatment Editorial Board'])
  })
})
