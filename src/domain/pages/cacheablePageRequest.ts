/**
 * Which requests the public pages' cache may answer. Only an anonymous visitor's plain page load is
 * shared: anything carrying a session or draft-mode cookie, a Next navigation (RSC) request, a query
 * string or a path that is not a public page goes to Next, which renders it fresh.
 */

/** Paths that are never public pages (the admin, APIs, the feed, Next's assets, draft preview). */
const PRIVATE_PREFIXES = ['/admin', '/api', '/feed', '/_next', '/preview', '/next']

/** Cookies that make a response personal: a Payload session, Next's draft mode. */
const PERSONAL_COOKIES = /(?:^|;\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/

/** Headers Next's client router sends for RSC payloads and prefetches, which differ from the HTML. */
const NEXT_ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action']

type Args = {
  method: string
  /** Path and query as received. */
  url: string
  /** Header names in lower case, as Node gives them. */
  headers: Record<string, string | string[] | undefined>
}

export const isCacheablePageRequest = ({ method, url, headers }: Args): boolean => {
  if (method !== 'GET' && method !== 'HEAD') return false
  if (!url.startsWith('/') || url.includes('?') || url.includes('#')) return false
  const path = url.toLowerCase()
  if (PRIVATE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false
  const cookie = headers.cookie
  if (cookie && PERSONAL_COOKIES.test(Array.isArray(cookie) ? cookie.join('; ') : cookie)) return false
  if (headers.authorization) return false
  return !NEXT_ROUTER_HEADERS.some((name) => headers[name] !== undefined)
}
