import type { Refusal } from '@/domain/errors'
import type { ChangeEvent } from '@/domain/feed'
import type { FeedRoute } from '@/domain/feed/matchFeedPath'
import type { PdqForm } from '@/domain/pdq'
import type { RevisionMeta } from '@/domain/published'
import type { RevisionOf } from '@/domain/revisions/revisionSchema'

import type { SearchAnswer, SearchQuery } from '@/domain/search'

import type { PublishedStore, Serialized } from './PublishedStore'

import { refusal } from '@/domain/errors'
import { parseSearchQuery } from '@/domain/search'
import { latestPath, versionPath } from '@/domain/feed/feedPaths'
import { serializePdq } from '@/domain/pdq'
import { pdqFromRevision } from '@/domain/pdq/galley/fromRevision'
import { isoWeekRange, weeklyChanges } from '@/domain/pdq/galley/weeklyChanges'
import {
  cacheControl,
  feedError,
  ifNoneMatchMatches,
  matchFeedPath,
  pageEvents,
  parseIndexPage,
  renderAtom,
  strongEtag,
} from '@/domain/feed'

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

/** A refusal in Galley's one error shape (and, for a retirement, its event). */
const refused = (answer: Refusal, event?: ChangeEvent) => json(answer.status, feedError({ refusal: answer, event }))

const notFound = (what: string) =>
  refused(refusal({ status: 404, message: `${what} is not in the feed: see /feed/v1/index.json for every published document.` }))

/** A cached body, or 304 when the client already has it. */
const cached = (request: FeedRequest, { body, etag }: Serialized, cache: string, type = JSON_TYPE): FeedResponse => {
  const headers = { ...FEED_HEADERS, 'content-type': type, 'cache-control': cache, etag }
  if (ifNoneMatchMatches({ header: request.ifNoneMatch, etag })) return { status: 304, headers, body: '' }
  return { status: 200, headers, body }
}

/** A revision's answer: 304 without reading its body when the client has it, else the body from the store. */
const revisionAnswer = async (
  request: FeedRequest,
  store: PublishedStore,
  meta: RevisionMeta,
  etag: string,
  cache: string,
): Promise<FeedResponse> => {
  const hasIt = ifNoneMatchMatches({ header: request.ifNoneMatch, etag })
  return cached(request, { body: hasIt ? Buffer.alloc(0) : await store.body(meta), etag }, cache)
}

export type FeedServices = {
  /** Runs a search over the published documents (the database's index); without it, `search.json` is handed on. */
  search?: (query: SearchQuery) => Promise<SearchAnswer>
}

/**
 * Answers a request under `/feed/v1/` from the published store, or null when the path is not the
 * feed's (the server hands it on). Refreshes the store first only if a publication happened since.
 * A revision's body comes from the store's cache, or is read from the database on a miss.
 */
export const handleFeedRequest = async (
  store: PublishedStore,
  request: FeedRequest,
  { search }: FeedServices = {},
): Promise<FeedResponse | null> => {
  const url = new URL(request.url, 'http://feed.invalid')
  if (!url.pathname.startsWith('/feed/v1/')) return null
  if (request.method === 'OPTIONS') return { status: 204, headers: { ...FEED_HEADERS, 'access-control-max-age': '86400' }, body: '' }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const answer = refused(refusal({ status: 405, message: `The feed is read-only: ${request.method} is not allowed, use GET.` }))
    return { ...answer, headers: { ...answer.headers, allow: 'GET, HEAD, OPTIONS' } }
  }
  const route = matchFeedPath({ pathname: url.pathname })
  if (!route) return notFound(url.pathname)
  if (route.route === 'search') {
    if (!search) return null
    const query = parseSearchQuery(url.searchParams)
    if ('ok' in query) return refused(query)
    // Revalidated every time: a publication is searchable the moment it commits.
    return json(200, await search(query), cacheControl.changes)
  }
  await store.refreshIfStale()

  switch (route.route) {
    case 'index': {
      const page = parseIndexPage({ page: url.searchParams.get('page') })
      if (typeof page !== 'number') return refused(page)
      const index = store.indexPage(page)
      if (!index) return notFound(`index.json page ${page}`)
      return cached(request, index, cacheControl.latest)
    }
    case 'schema':
      return cached(request, store.schemaDocument(), cacheControl.latest, 'application/schema+json')

    case 'changes': {
      const page = pageEvents({ events: store.events, since: url.searchParams.get('since'), limit: url.searchParams.get('limit') })
      if ('ok' in page) return refused(page)
      return json(200, page, cacheControl.changes)
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
      if (latest.listing.kind === 'retired') {
        const message = `${route.type}/${route.slug} was retired in version ${latest.listing.version}; its numbered versions remain available at ${route.type}/${route.slug}/v{n}.json.`
        return refused(refusal({ status: 410, message }), latest.event)
      }
      return revisionAnswer(request, store, latest, `W/${strongEtag({ hash: latest.hash })}`, cacheControl.latest)
    }
    case 'version': {
      const stored = store.version(route.type, route.slug, route.version)
      if (!stored) return notFound(`${route.type}/${route.slug} version ${route.version}`)
      return revisionAnswer(request, store, stored, strongEtag({ hash: stored.hash }), cacheControl.immutable)
    }
    case 'pdq':
      return pdqAnswer(request, store, route, url.searchParams)
    case 'pdqChanges': {
      const range = isoWeekRange(route.year, route.week)
      if (!range) return refused(refusal({ status: 404, field: 'week', message: `${route.year} has no ISO week ${route.week}.` }))
      return {
        status: 200,
        headers: { ...FEED_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': cacheControl.changes },
        body: weeklyChanges(store.pdqEvents(), range),
      }
    }
  }
}

const pdqForms = ['cg', 'partner'] as const

/**
 * `/feed/v1/pdq/{cdrId}[/v{n}].xml`: the summary's revision as PDQ XML, the cancer.gov form or
 * (`?form=partner`) the partner form; `.json` redirects to the revision's canonical JSON.
 */
const pdqAnswer = async (
  request: FeedRequest,
  store: PublishedStore,
  route: Extract<FeedRoute, { route: 'pdq' }>,
  params: URLSearchParams,
): Promise<FeedResponse> => {
  const form = params.get('form') ?? 'cg'
  if (!(pdqForms as readonly string[]).includes(form))
    return refused(refusal({ status: 400, field: 'form', message: `form must be one of ${pdqForms.join(', ')} (got "${form}").` }))
  const slug = store.summarySlugOf(route.cdrId)
  if (!slug) return notFound(`PDQ document ${route.cdrId}`)
  const meta = route.version === undefined ? store.latest('summaries', slug) : store.version('summaries', slug, route.version)
  if (!meta) return notFound(`PDQ document ${route.cdrId} version ${route.version}`)
  if (meta.listing.kind === 'retired') {
    const message = `PDQ document ${route.cdrId} was retired in version ${meta.listing.version}; its numbered versions remain at pdq/${route.cdrId}/v{n}.xml.`
    return refused(refusal({ status: route.version === undefined ? 410 : 404, message }), meta.event)
  }
  if (route.format === 'json') {
    const location = `${store.origin}${route.version === undefined ? latestPath({ type: 'summaries', slug }) : versionPath({ type: 'summaries', slug, version: route.version })}`
    return { status: 302, headers: { ...FEED_HEADERS, location, 'cache-control': cacheControl.latest }, body: '' }
  }
  const immutable = route.version !== undefined
  // The revision's own ETag with the form added: "sha256-<hex>-pdq-cg".
  const etag = `${immutable ? '' : 'W/'}${strongEtag({ hash: meta.hash }).replace(/"$/, `-pdq-${form}"`)}`
  const body = await store.derived(meta, `pdq-${form}`, async () => {
    const revision = (await store.revision(meta)) as RevisionOf<'summaries'>
    return Buffer.from(serializePdq(pdqFromRevision(revision, { siteUrl: store.origin }), { form: form as PdqForm }))
  })
  return cached(request, { body, etag }, immutable ? cacheControl.immutable : cacheControl.latest, 'application/xml; charset=utf-8')
}
