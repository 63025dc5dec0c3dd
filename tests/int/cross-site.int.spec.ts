import { beforeAll, describe, expect, it } from 'vitest'

import { graphqlRequest, login, rest } from '../helpers/payload'

/*
 * The admin works on whichever host it is reached by, and a change signed by the session cookie is
 * accepted only from a page of that same origin (or SERVER_URL / TRUSTED_ORIGINS).
 */
let cookie: string
let me: { id: number; name: string }

beforeAll(async () => {
  cookie = `payload-token=${await login('writer@galley.test')}`
  const self = await rest({ path: '/users/me', headers: { Cookie: cookie } })
  me = self.body.user
})

const renameSelf = (name: string, headers: Record<string, string>) =>
  rest({ method: 'PATCH', path: `/users/${me.id}`, body: { name }, headers: { Cookie: cookie, ...headers } })

describe('cookie-signed changes', () => {
  it('are accepted from the admin reached on another host than SERVER_URL (127.0.0.1)', async () => {
    const response = await renameSelf(me.name, { Host: '127.0.0.1:3000', Origin: 'http://127.0.0.1:3000' })
    expect(response.status).toBe(200)
  })

  it('are accepted from the public name a proxy forwards', async () => {
    const response = await renameSelf(me.name, {
      Host: '10.0.0.5:3000',
      'X-Forwarded-Host': 'galley.example.org',
      'X-Forwarded-Proto': 'https',
      Origin: 'https://galley.example.org',
    })
    expect(response.status).toBe(200)
  })

  it('are refused from another site, with the reason, and nothing changes', async () => {
    const response = await renameSelf('Renamed by another site', { Host: 'localhost:3000', Origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(response.body.errors[0]).toMatchObject({ code: 'cross_site_request' })
    expect(response.body.errors[0].message).toMatch(/sent from another site \(Origin https:\/\/evil\.example\)/)
    const self = await rest({ path: '/users/me', headers: { Cookie: cookie } })
    expect(self.body.user.name).toBe(me.name)
  })

  it('are refused through GraphQL from another site too', async () => {
    const token = cookie.slice('payload-token='.length)
    const response = await graphqlRequest({ query: `mutation { updateUser(id: ${me.id}, data: { name: "x" }) { name } }` }, undefined, {
      Cookie: `payload-token=${token}`,
      Origin: 'https://evil.example',
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].code).toBe('cross_site_request')
  })
})
