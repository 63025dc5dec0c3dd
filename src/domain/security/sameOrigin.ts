/**
 * Cross-site request forgery check for cookie-signed requests, for whichever host the admin is reached
 * by (`localhost`, `127.0.0.1`, a LAN name, the public name behind a proxy): a request that changes
 * something and is signed by the session cookie must come from a page of the same origin as the
 * request itself, or from an origin named in the configuration. Requests signed by an
 * `Authorization` header (API clients) cannot be forged by another site and are not checked.
 */

export type OriginCheckInput = {
  method: string
  /** The `Origin` header, or null. */
  origin: string | null
  /** The `Sec-Fetch-Site` header, or null. */
  secFetchSite: string | null
  /** The origin the request was addressed to: scheme and host as the client saw them. */
  requestOrigin: string
  /** Further origins allowed to send cookie-signed changes (SERVER_URL, TRUSTED_ORIGINS). */
  trusted: readonly string[]
  /** Whether the request carries the session cookie. */
  cookieSigned: boolean
  /** Whether it carries its own credentials (`Authorization` header). */
  headerSigned: boolean
}

export type OriginCheck = { ok: true } | { ok: false; message: string }

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** `https://Example.org:443/` → `https://example.org`; null when it is not an http(s) origin. */
export const normalizeOrigin = (value: string): string | null => {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.origin
  } catch {
    return null
  }
}

export const checkSameOrigin = (input: OriginCheckInput): OriginCheck => {
  if (safeMethods.has(input.method.toUpperCase()) || !input.cookieSigned || input.headerSigned) return { ok: true }
  const allowed = new Set(
    [input.requestOrigin, ...input.trusted].map(normalizeOrigin).filter((origin): origin is string => origin !== null),
  )
  if (input.origin !== null) {
    const origin = normalizeOrigin(input.origin)
    if (origin !== null && allowed.has(origin)) return { ok: true }
    return {
      ok: false,
      message: `This change was sent from another site (Origin ${input.origin}), not from ${input.requestOrigin}: it was refused to protect your session. Sign in on this site and try again, or ask an admin to add that origin to TRUSTED_ORIGINS.`,
    }
  }
  // Browsers send Origin with every cross-site change; without it, Sec-Fetch-Site says where it came from.
  if (input.secFetchSite === null || ['same-origin', 'none'].includes(input.secFetchSite)) return { ok: true }
  return {
    ok: false,
    message: `This change was sent from another site (Sec-Fetch-Site: ${input.secFetchSite}): it was refused to protect your session. Sign in on this site and try again.`,
  }
}

/**
 * The origin a request was addressed to. Behind a proxy that sets X-Forwarded-Host / X-Forwarded-Proto
 * (nginx, a load balancer) those name it; otherwise the Host header and the URL's scheme.
 */
export const requestOriginOf = ({
  url,
  host,
  forwardedHost,
  forwardedProto,
}: {
  url: string
  host: string | null
  forwardedHost: string | null
  forwardedProto: string | null
}): string => {
  const parsed = new URL(url)
  const scheme = (forwardedProto?.split(',')[0].trim() || parsed.protocol.replace(':', '')).toLowerCase()
  const name = forwardedHost?.split(',')[0].trim() || host || parsed.host
  return `${scheme}://${name}`
}
