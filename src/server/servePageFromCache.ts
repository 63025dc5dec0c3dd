import type http from 'node:http'

import crypto from 'node:crypto'
import { gzipSync } from 'node:zlib'

import type { RenderedPage } from '@/domain/pages'

import { acceptsGzip, isCacheablePageRequest, PageCache, withoutClientScripts } from '@/domain/pages'
import { existingPublishedStore } from '@/published/sharedPublishedStore'

/** Marks the server's own request for a page it is about to cache, so it goes through to Next. */
const RENDER_HEADER = 'x-galley-page-render'
const renderToken = crypto.randomBytes(16).toString('hex')

/** Headers of the loopback transfer itself, and cookies (read separately, as a list). */
const TRANSFER_HEADERS = new Set(['connection', 'content-length', 'keep-alive', 'set-cookie', 'transfer-encoding'])

type Args = {
  /** Where Next answers in this process (the server's own address). */
  origin: string
}

/**
 * Asks Next for a page over loopback, uncompressed, exactly as a visitor without cookies would get it,
 * and keeps it as a document: without the client JavaScript public pages do not need.
 */
const renderPage = (origin: string, url: string) => async (): Promise<RenderedPage> => {
  const response = await fetch(`${origin}${url}`, {
    headers: { [RENDER_HEADER]: renderToken, 'accept-encoding': 'identity' },
    redirect: 'manual',
  })
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (!TRANSFER_HEADERS.has(name)) headers[name] = value
  })
  const raw = Buffer.from(await response.arrayBuffer())
  // A 200 only: Next's error and not-found pages are a shell its client fills in.
  const isDocument = response.status === 200 && headers['content-type']?.startsWith('text/html')
  const body = isDocument ? Buffer.from(withoutClientScripts(raw.toString('utf8'))) : raw
  return { status: response.status, headers, setCookies: response.headers.getSetCookie(), body }
}

/** An anonymous visitor's search results page: `/search` with a query, which the cache may not keep. */
const isSearchResultsRequest = ({ method, url, headers }: { method: string; url: string; headers: http.IncomingHttpHeaders }) =>
  url.startsWith('/search?') && isCacheablePageRequest({ method, url: '/search', headers })

/**
 * The public pages' cache for the custom server (src/cli/start.ts): answers an anonymous page
 * request from memory when the page was rendered since the last publication, otherwise has Next
 * render it once. Returns false when the request is not one it may answer (Next handles it).
 * `GALLEY_PAGE_CACHE=off` turns it off.
 */
export const pageCacheServer = ({ origin }: Args) => {
  const cache = new PageCache()
  const enabled = process.env.GALLEY_PAGE_CACHE !== 'off'

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    const store = existingPublishedStore()
    if (!enabled || !store || req.headers[RENDER_HEADER] === renderToken) return false
    const request = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }
    if (isSearchResultsRequest(request)) {
      // Rendered for this one query, not kept; a document like every public page.
      const page = await renderPage(origin, request.url)()
      const body = acceptsGzip(req.headers['accept-encoding']) ? gzipSync(page.body) : page.body
      res.writeHead(page.status, {
        ...page.headers,
        ...(body !== page.body && { 'content-encoding': 'gzip', vary: 'Accept-Encoding' }),
        'content-length': String(body.length),
        'x-galley-cache': 'pass',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
      return true
    }
    if (!isCacheablePageRequest(request)) return false
    await store.refreshIfStale()
    const answer = await cache.answer(request.url, store.lastSequence, renderPage(origin, request.url), {
      method: request.method,
      ifNoneMatch: req.headers['if-none-match'],
      acceptEncoding: req.headers['accept-encoding'],
    })
    res.writeHead(answer.status, { ...answer.headers, 'x-galley-cache': answer.cache })
    res.end(answer.body)
    return true
  }
}
