import { describe, expect, it } from 'vitest'

import { sessionCookiesSecure } from './sessionCookies'

describe('sessionCookiesSecure', () => {
  it('is on when SERVER_URL is https', () => {
    expect(sessionCookiesSecure({ SERVER_URL: 'https://galley.example.org' })).toBe(true)
    expect(sessionCookiesSecure({ SERVER_URL: 'http://localhost:3000' })).toBe(false)
    expect(sessionCookiesSecure({})).toBe(false)
  })

  it('follows SESSION_COOKIES_SECURE when it is set', () => {
    expect(sessionCookiesSecure({ SERVER_URL: 'http://galley.internal', SESSION_COOKIES_SECURE: '1' })).toBe(true)
    expect(sessionCookiesSecure({ SERVER_URL: 'https://galley.example.org', SESSION_COOKIES_SECURE: '0' })).toBe(false)
  })
})
