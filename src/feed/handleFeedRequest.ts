import type { FeedStore, Serialized } from './feedStore'

import { cacheControl, feedError, FeedQueryError, ifNoneMatchMatches, matchFeedPath, pageEvents, renderAtom } from '@/domain/feed'

export type FeedRequest = {
  method: string
  /** Path and query, e.g. `/feed/v1/changes.json?since=MTA&limit=50`. */
  url: string
  ifNoneMatch?: string | string[]
}

export type FeedResponse = {
  status: number
  headers: Record<string, string>
  body: Buffer | string
}

/** Sent with every feed answer, through Next and from the custom server's fast path alike. */
const FEED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match',
  'access-control-expose-headers': 'ETag',
}

const JSON_TYPE = 'application/json; charset=utf-8'

const json = (status: number, value: unknown, cache: string = cacheControl.error): FeedResponse => ({
  status,
  headers: { ...FEED_HEADERS, 'content-type': JSON_TYPE, 'cache-control': cache },
  body: JSON.stringify(value),
})

const notFound = (what: string) => json(404, feedError({ status: 404, message: `${what} is not in the feed.` }))

/** A cached body, or 304 when the client already has it. */
const cached = (request: FeedRequest, { body, etag }: Serialized, cache: string, type = JSON_TYPE): FeedResponse => {
  const headers = { ...FEED_HEADERS, 'content-type': type, 'cache-control': cache, etag }
  if (ifNoneMatchMatches({ header: request.ifNoneMatch, etag })) return { status: 304, headers, body: '' }
  return { status: 200, headers, body }
}

/**
 * Answers a request under `/feed/v1/` from the in-memory store, or null when the path is not the
 * feed's (the server hands it on). Refreshes the store first only if a publication happened since.
 */
export const handleFeedRequest = async (store: FeedStore, request: FeedRequest): Promise<FeedResponse | null> => {
  const url = new URL(request.url, 'http://feed.invalid')
  if (!url.pathname.startsWith('/feed/v1/')) return null
  if (request.method === 'OPTIONS') return { status: 204, headers: { ...FEED_HEADERS, 'access-control-max-age': '86400' }, body: '' }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return {
      ...json(405, { error: { status: 405, message: 'The feed is read-only: use GET.' } }),
      headers: { ...FEED_HEADERS, allow: 'GET, HEAD, OPTIONS', 'content-type': JSON_TYPE },
    }
  }
  const route = matchFeedPath({ pathname: url.pathname })
  if (!route) return notFound(url.pathname)
  await store.refreshIfStale()

  switch (route.route) {
    case 'index':
      return cached(request, store.indexDocument(), cacheControl.latest)
    case 'schema':
      return cached(request, store.schemaDocument(), cacheControl.latest, 'application/schema+json')
    case 'changes': {
      try {
        const page = pageEvents({ events: store.events, since: url.searchParams.get('since'), limit: url.searchParams.get('limit') })
        return json(200, page, cacheControl.changes)
      } catch (error) {
        if (error instanceof FeedQueryError) return json(400, feedError({ status: 400, message: error.message, param: error.param }))
        throw error
      }
    }
    case 'atom': {
      const events = store.events.slice(-100)
      const body = renderAtom({
        events,
        feedUrl: `${store.origin}/feed/v1/changes.atom`,
        updated: events.at(-1)?.at ?? new Date(0).toISOString(),
      })
      return {
        status: 200,
        headers: { ...FEED_HEADERS, 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': cacheControl.changes },
        body,
      }
    }
    case 'latest': {
      const latest = store.latest(route.type, route.slug)
      if (!latest) return notFound(`${route.type}/${route.slug}`)
      if (latest.revision.kind === 'retired') {
        return json(
          410,
          feedError({
            status: 410,
            message: `${route.type}/${route.slug} was retired in version ${latest.revision.version}; its numbered versions remain available.`,
            event: latest.event,
          }),
        )
      }
      return cached(request, { body: latest.body, etag: `W/${latest.etag}` }, cacheControl.latest)
    }
    case 'version': {
      const stored = store.version(route.type, route.slug, route.version)
      if (!stored) return notFound(`${route.type}/${route.slug} version ${route.version}`)
      return cached(request, stored, cacheControl.immutable)
    }
  }
}
