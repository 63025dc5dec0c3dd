import { describe, expect, it } from 'vitest'

import { isCacheablePageRequest } from './cacheablePageRequest'

const page = (url: string, headers: Record<string, string> = {}, method = 'GET') => isCacheablePageRequest({ method, url, headers })

describe('isCacheablePageRequest', () => {
  it('shares an anonymous GET or HEAD of a public page', () => {
    expect([page('/'), page('/summaries/sarcoma'), page('/drugs/pazopanib', {}, 'HEAD')]).toEqual([true, true, true])
  })

  it('renders every other method fresh', () => {
    expect(page('/summaries/sarcoma', {}, 'POST')).toBe(false)
  })

  it('renders a request with a query string fresh (search, Next navigation)', () => {
    expect([page('/?q=sarcoma'), page('/summaries/sarcoma?_rsc=1')]).toEqual([false, false])
  })

  it('never shares the admin, the APIs, the feed, Next assets or draft preview', () => {
    const paths = ['/admin', '/admin/collections/drugs', '/api/drugs', '/feed/v1/index.json', '/_next/static/x.js', '/preview/enable']
    expect(paths.filter((path) => page(path))).toEqual([])
  })

  it('treats a path that merely starts like a private one as a page', () => {
    expect(page('/administration-guide')).toBe(true)
  })

  it('renders fresh for a signed-in user or a draft-mode cookie', () => {
    expect([page('/', { cookie: 'payload-token=abc' }), page('/', { cookie: 'theme=dark; __prerender_bypass=x' })]).toEqual([false, false])
  })

  it('still shares a page for a visitor with unrelated cookies', () => {
    expect(page('/', { cookie: 'theme=dark' })).toBe(true)
  })

  it('renders Next router requests (RSC payloads, prefetches) fresh', () => {
    expect([page('/', { rsc: '1' }), page('/', { 'next-router-prefetch': '1' })]).toEqual([false, false])
  })

  it('renders a request with credentials fresh', () => {
    expect(page('/', { authorization: 'JWT abc' })).toBe(false)
  })
})
