import { gzipSync } from 'node:zlib'

import { bodyHash, ifNoneMatchMatches, weakEtag } from '@/domain/feed'

import { policyForCachedPage } from './contentSecurityPolicy'
import { publicPageCacheControl } from './pageCacheControl'

/** A page as the renderer (Next) answered it. */
export type RenderedPage = {
  status: number
  /** Header names in lower case; `set-cookie` as a list. */
  headers: Record<string, string>
  setCookies: readonly string[]
  body: Buffer
}

export type PageAnswer = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
}

type Entry = {
  /** The published state it was rendered from (the published store's last sequence number). */
  generation: number
  headers: Record<string, string>
  body: Buffer
  gzip: Buffer | null
}

/** Headers that describe one transfer, not the page; the cache sets its own caching headers. */
const DROPPED_HEADERS = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
])

const varyWithEncoding = (vary: string | undefined): string => {
  const names = (vary ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  return names.some((name) => name.toLowerCase() === 'accept-encoding') ? names.join(', ') : [...names, 'Accept-Encoding'].join(', ')
}

/** A rendered page worth sharing: a 200 that sets no cookie. */
const shareable = (page: RenderedPage): boolean => page.status === 200 && page.setCookies.length === 0

const toEntry = (page: RenderedPage, generation: number): Entry => {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(page.headers)) if (!DROPPED_HEADERS.has(name)) headers[name] = value
  headers.vary = varyWithEncoding(headers.vary)
  headers['cache-control'] = publicPageCacheControl
  headers.etag = weakEtag({ hash: bodyHash({ body: page.body }) })
  // The renderer's policy allowed its scripts by a nonce for that one request; every visitor shares
  // this copy, so its inline scripts are allowed by their hashes instead, computed once here.
  if (headers['content-security-policy']) headers['content-security-policy'] = policyForCachedPage(page.body.toString('utf8'))
  return { generation, headers, body: page.body, gzip: null }
}

type AnswerArgs = {
  method: string
  ifNoneMatch?: string | string[]
  acceptEncoding?: string | string[]
}

/** Whether an Accept-Encoding header accepts gzip (not with q=0). */
export const acceptsGzip = (header: string | string[] | undefined): boolean =>
  (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').some((coding) => {
    const [name, ...params] = coding.trim().toLowerCase().split(';')
    return name.trim() === 'gzip' && !params.some((param) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(param))
  })

/**
 * The public pages' cache, in front of Next: each page rendered once per published state and then
 * answered from memory, so between publications an anonymous request costs neither a render nor a
 * database query. A publication moves the generation on, and every page is rendered afresh on its
 * next request. The least recently used pages are dropped beyond `maxEntries`.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>()
  private readonly rendering = new Map<string, Promise<RenderedPage>>()

  constructor(private readonly maxEntries = 500) {}

  get size(): number {
    return this.entries.size
  }

  /**
   * Answers `key` at `generation`: from memory when it was rendered at that generation, otherwise
   * by `render` (once, however many requests wait for it). Pages that cannot be shared (not 200, or
   * setting a cookie) are passed on as rendered and not kept.
   */
  async answer(
    key: string,
    generation: number,
    render: () => Promise<RenderedPage>,
    request: AnswerArgs,
  ): Promise<PageAnswer & { cache: 'hit' | 'miss' | 'pass' }> {
    const entry = this.fresh(key, generation)
    if (entry) return { ...this.respond(entry, request), cache: 'hit' }
    const page = await this.renderOnce(`${generation}\n${key}`, render)
    if (!shareable(page)) {
      const headers = page.setCookies.length > 0 ? { ...page.headers, 'set-cookie': [...page.setCookies] } : page.headers
      return { status: page.status, headers, body: page.body, cache: 'pass' }
    }
    const rendered = this.fresh(key, generation) ?? this.store(key, toEntry(page, generation))
    return { ...this.respond(rendered, request), cache: 'miss' }
  }

  private fresh(key: string, generation: number): Entry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.generation !== generation) return undefined
    this.entries.set(key, entry)
    return entry
  }

  private store(key: string, entry: Entry): Entry {
    this.entries.set(key, entry)
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    return entry
  }

  private async renderOnce(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
    const pending = this.rendering.get(key)
    if (pending) return pending
    const started = render().finally(() => this.rendering.delete(key))
    this.rendering.set(key, started)
    return started
  }

  private respond(entry: Entry, { method, ifNoneMatch, acceptEncoding }: AnswerArgs): PageAnswer {
    if (ifNoneMatchMatches({ header: ifNoneMatch, etag: entry.headers.etag }))
      return { status: 304, headers: entry.headers, body: Buffer.alloc(0) }
    const gzip = acceptsGzip(acceptEncoding)
    if (gzip) entry.gzip ??= gzipSync(entry.body)
    const body = gzip ? (entry.gzip as Buffer) : entry.body
    const headers = { ...entry.headers, 'content-length': String(body.length), ...(gzip ? { 'content-encoding': 'gzip' } : {}) }
    return { status: 200, headers, body: method === 'HEAD' ? Buffer.alloc(0) : body }
  }
}
