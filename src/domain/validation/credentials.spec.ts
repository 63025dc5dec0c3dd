import { describe, expect, it } from 'vitest'

import { checkCredentials } from './credentials'

const fields = (body: unknown) => checkCredentials(body).map((problem) => problem.field)

describe('checkCredentials', () => {
  it('accepts an address and a password', () => {
    expect(checkCredentials({ email: 'writer@galley.test', password: 'x' })).toEqual([])
  })

  it.each([{}, 5, null, ['a@b.c'], 'not an email', `${'a'.repeat(300)}@x.org`])('refuses the email %j', (email) => {
    expect(fields({ email })).toEqual(['email'])
  })

  it('refuses a password, token or username that is not text', () => {
    expect(fields({ password: 5, token: {}, username: [] })).toEqual(['password', 'token', 'username'])
  })

  it('refuses a body that is not an object', () => {
    expect(fields('x')).toEqual(['body'])
  })
})
