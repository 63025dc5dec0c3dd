import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import type { RenderedPage } from './pageCache'

import { policyForCachedPage } from './contentSecurityPolicy'
import { PageCache } from './pageCache'
import { publicPageCacheControl } from './pageCacheControl'

const html = (text: string, overrides: Partial<RenderedPage> = {}): RenderedPage => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', vary: 'RSC', 'x-frame-options': 'DENY' },
  setCookies: [],
  body: Buffer.from(`<html>${text}</html>`),
  ...overrides,
})

/** A renderer that answers with the current text and counts its renders. */
const renderer = () => {
  const state = { text: 'v1', renders: 0 }
  const render = async () => {
    state.renders += 1
    return html(state.text)
  }
  return { state, render }
}

const get = { method: 'GET' }

describe('PageCache', () => {
  it('renders a page once and then answers it from memory', async () => {
    const cache = new PageCache()
    const { state, render } = renderer()
    const first = await cache.answer('/a', 1, render, get)
    const second = await cache.answer('/a', 1, render, get)
    expect([first.cache, second.cache, state.renders, second.body.toString()]).toEqual(['miss', 'hit', 1, '<html>v1</html>'])
  })

  it('renders again once the published state has moved on', async () => {
    const cache = new PageCache()
    const { state, render } = renderer()
    await cache.answer('/a', 1, render, get)
    state.text = 'v2'
    const after = await cache.answer('/a', 2, render, get)
    expect([after.cache, after.body.toString()]).toEqual(['miss', '<html>v2</html>'])
  })

  it('renders once for many simultaneous requests of the same page', async () => {
    const cache = new PageCache()
    const { state, render } = renderer()
    const answers = await Promise.all(Array.from({ length: 5 }, () => cache.answer('/a', 1, render, get)))
    expect([state.renders, new Set(answers.map((answer) => answer.body.toString())).size]).toEqual([1, 1])
  })

  it('gives CDN caching headers and a validator instead of the renderer’s own', async () => {
    const answer = await new PageCache().answer('/a', 1, renderer().render, get)
    expect(answer.headers).toMatchObject({
      'cache-control': publicPageCacheControl,
      vary: 'RSC, Accept-Encoding',
      'x-frame-options': 'DENY',
    })
    expect(answer.headers.etag).toMatch(/^W\/"sha256-[0-9a-f]{64}"$/)
  })

  it("replaces the renderer's one-request nonce with the hashes of the page's inline scripts", async () => {
    const render = async () =>
      html('<script nonce="abc">self.__next_f.push([1])</script>', {
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'self'; script-src 'self' 'nonce-abc'",
        },
      })
    const answer = await new PageCache().answer('/a', 1, render, get)
    const policy = String(answer.headers['content-security-policy'])
    expect(policy).toBe(policyForCachedPage('<html><script nonce="abc">self.__next_f.push([1])</script></html>'))
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/)
    expect(policy).not.toContain('nonce-abc')
  })

  it('answers 304 with no body when the client has the page', async () => {
    const cache = new PageCache()
    const { render } = renderer()
    const { headers } = await cache.answer('/a', 1, render, get)
    const again = await cache.answer('/a', 1, render, { method: 'GET', ifNoneMatch: headers.etag })
    expect([again.status, again.body.length]).toEqual([304, 0])
  })

  it('sends gzip to clients that accept it and plain bytes to others', async () => {
    const cache = new PageCache()
    const { render } = renderer()
    const zipped = await cache.answer('/a', 1, render, { method: 'GET', acceptEncoding: 'br, gzip' })
    const refused = await cache.answer('/a', 1, render, { method: 'GET', acceptEncoding: 'gzip;q=0' })
    expect([
      zipped.headers['content-encoding'],
      gunzipSync(zipped.body).toString(),
      refused.headers['content-encoding'],
      refused.body.toString(),
    ]).toEqual(['gzip', '<html>v1</html>', undefined, '<html>v1</html>'])
  })

  it('answers HEAD with the headers and no body', async () => {
    const answer = await new PageCache().answer('/a', 1, renderer().render, { method: 'HEAD' })
    expect([answer.status, answer.body.length, answer.headers['content-length']]).toEqual([200, 0, String('<html>v1</html>'.length)])
  })

  it('passes on a page that is not a 200 and does not keep it', async () => {
    const cache = new PageCache()
    let renders = 0
    const missing = async () => {
      renders += 1
      return html('not found', { status: 404 })
    }
    const answers = [await cache.answer('/nope', 1, missing, get), await cache.answer('/nope', 1, missing, get)]
    expect([answers.map((answer) => `${answer.status} ${answer.cache}`), renders, cache.size]).toEqual([['404 pass', '404 pass'], 2, 0])
  })

  it('never keeps a page that sets a cookie, and passes the cookie on', async () => {
    const cache = new PageCache()
    const answer = await cache.answer('/a', 1, async () => html('personal', { setCookies: ['session=1'] }), get)
    expect([answer.cache, answer.headers['set-cookie'], cache.size]).toEqual(['pass', ['session=1'], 0])
  })

  it('drops the least recently used page beyond its size', async () => {
    const cache = new PageCache(2)
    const { state, render } = renderer()
    await cache.answer('/a', 1, render, get)
    await cache.answer('/b', 1, render, get)
    await cache.answer('/a', 1, render, get)
    await cache.answer('/c', 1, render, get)
    const rendersBefore = state.renders
    const a = await cache.answer('/a', 1, render, get)
    const b = await cache.answer('/b', 1, render, get)
    expect([rendersBefore, a.cache, b.cache]).toEqual([3, 'hit', 'miss'])
  })
})
