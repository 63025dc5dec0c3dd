import { describe, expect, it } from 'vitest'

import { checkSameOrigin, requestOriginOf } from './sameOrigin'

const base = {
  method: 'POST',
  origin: 'http://127.0.0.1:3000',
  secFetchSite: 'same-origin',
  requestOrigin: 'http://127.0.0.1:3000',
  trusted: ['http://localhost:3000'],
  cookieSigned: true,
  headerSigned: false,
}

describe('checkSameOrigin', () => {
  it('accepts a change from a page of the host the admin was reached by, whatever SERVER_URL says', () => {
    expect(checkSameOrigin(base)).toEqual({ ok: true })
  })

  it('accepts a change from a configured origin', () => {
    expect(checkSameOrigin({ ...base, origin: 'http://localhost:3000', requestOrigin: 'https://galley.example.org' })).toEqual({ ok: true })
  })

  it('refuses a cookie-signed change from another site and says why', () => {
    const check = checkSameOrigin({ ...base, origin: 'https://evil.example' })
    expect(check.ok).toBe(false)
    expect(check.ok === false && check.message).toMatch(/sent from another site \(Origin https:\/\/evil\.example\)/)
  })

  it('refuses a cross-site change without an Origin header when Sec-Fetch-Site says cross-site', () => {
    expect(checkSameOrigin({ ...base, origin: null, secFetchSite: 'cross-site' }).ok).toBe(false)
  })

  it('does not check reads, requests without the session cookie, or requests with their own credentials', () => {
    expect(checkSameOrigin({ ...base, method: 'GET', origin: 'https://evil.example' }).ok).toBe(true)
    expect(checkSameOrigin({ ...base, cookieSigned: false, origin: 'https://evil.example' }).ok).toBe(true)
    expect(checkSameOrigin({ ...base, headerSigned: true, origin: 'https://evil.example' }).ok).toBe(true)
  })

  it('does not mistake a look-alike origin for the request’s own', () => {
    expect(checkSameOrigin({ ...base, origin: 'http://127.0.0.1:3000.evil.example' }).ok).toBe(false)
    expect(checkSameOrigin({ ...base, origin: 'null' }).ok).toBe(false)
  })
})

describe('requestOriginOf', () => {
  it('uses the Host header, or the proxy’s forwarded host and scheme', () => {
    expect(requestOriginOf({ url: 'http://localhost:3000/api/x', host: '127.0.0.1:3000', forwardedHost: null, forwardedProto: null })).toBe(
      'http://127.0.0.1:3000',
    )
    expect(
      requestOriginOf({
        url: 'http://10.0.0.5:3000/api/x',
        host: '10.0.0.5:3000',
        forwardedHost: 'galley.example.org',
        forwardedProto: 'https',
      }),
    ).toBe('https://galley.example.org')
  })
})
