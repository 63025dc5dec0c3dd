/**
 * The public pages' Content-Security-Policy. Scripts run only from Galley's own origin, plus the
 * inline scripts Next writes into each page (its hydration data), which are allowed one by one:
 * by a per-request nonce when Next renders the page for this request (src/proxy.ts), or by the
 * sha256 of each inline script when the page is served from the page cache, whose HTML is shared
 * by every visitor and so cannot carry a per-request nonce. Never 'unsafe-inline' for scripts.
 */
import { createHash } from 'node:crypto'

type Args = {
  /** Extra script sources: `'nonce-…'` or `'sha256-…'`. */
  scriptSources: readonly string[]
  /** Next's development server evaluates code; production never does. */
  development?: boolean
}

export const contentSecurityPolicy = ({ scriptSources, development = false }: Args): string =>
  [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptSources, ...(development ? ["'unsafe-eval'"] : [])].join(' '),
    // Styles stay inline-capable: React's style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

export const nonceSource = (nonce: string): string => `'nonce-${nonce}'`

/** Script types that browsers run; anything else (application/ld+json …) is data, not code. */
const isJavaScriptType = (type: string | undefined): boolean =>
  type === undefined || type === '' || /^(text|application)\/(javascript|ecmascript)$/i.test(type) || type.toLowerCase() === 'module'

const hasSource = (attributes: string): boolean => /(?:^|\s)src(?:\s*=|\s|$)/i.test(attributes)

const typeOf = (attributes: string): string | undefined => {
  const match = attributes.match(/(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i)
  return match ? (match[1] ?? match[2] ?? match[3]).trim() : undefined
}

/** The `'sha256-…'` sources of every inline script an HTML page runs, each once, in page order. */
export const inlineScriptHashes = (html: string): string[] => {
  const hashes = new Set<string>()
  for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (hasSource(attributes) || !isJavaScriptType(typeOf(attributes))) continue
    hashes.add(`'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/** The policy for a page served from the cache: its own inline scripts, by hash. */
export const policyForCachedPage = (html: string): string => contentSecurityPolicy({ scriptSources: inlineScriptHashes(html) })
