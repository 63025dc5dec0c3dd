import type { Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { publicOrigin } from '@/config/publicOrigin'
import { checkSameOrigin, requestOriginOf } from '@/domain/security/sameOrigin'

import { refuseMalformedGraphQL } from './refuseMalformedGraphQL'
import { refuseMalformedRequest, refusalResponse } from './refuseMalformedRequest'

type Route<A extends unknown[]> = (request: Request, ...args: A) => Promise<Response>

/** Origins besides the request's own that may send cookie-signed changes: SERVER_URL and TRUSTED_ORIGINS (comma-separated). */
const trustedOrigins = (): string[] => [
  publicOrigin(),
  ...(process.env.TRUSTED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
]

/**
 * Refuses a change signed by the session cookie that another site sent (cross-site request forgery),
 * whatever host Galley is reached by. Payload's own origin list stays empty (no serverURL), so the
 * admin works on every host; this check takes its place for every REST and GraphQL request.
 */
export const refuseCrossSiteChange = (request: Request, payload: Payload): Response | null => {
  const cookie = request.headers.get('cookie') ?? ''
  const check = checkSameOrigin({
    method: request.method,
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    requestOrigin: requestOriginOf({
      url: request.url,
      host: request.headers.get('host'),
      forwardedHost: request.headers.get('x-forwarded-host'),
      forwardedProto: request.headers.get('x-forwarded-proto'),
    }),
    trusted: trustedOrigins(),
    cookieSigned: cookie.split(';').some((part) => part.trim().startsWith(`${payload.config.cookiePrefix}-token=`)),
    headerSigned: request.headers.has('authorization'),
  })
  return check.ok ? null : refusalResponse({ status: 403, code: 'cross_site_request', message: check.message })
}

/** Payload's REST route behind `refuseCrossSiteChange` and `refuseMalformedRequest`. */
export const guardedRest =
  <A extends unknown[]>(config: Promise<SanitizedConfig> | SanitizedConfig, route: Route<A>): Route<A> =>
  async (request, ...args) => {
    const payload = await getPayload({ config })
    return refuseCrossSiteChange(request, payload) ?? (await refuseMalformedRequest(request, payload)) ?? route(request, ...args)
  }

/** Payload's GraphQL route behind `refuseCrossSiteChange` and `refuseMalformedGraphQL`. */
export const guardedGraphQL =
  <A extends unknown[]>(config: Promise<SanitizedConfig> | SanitizedConfig, route: Route<A>): Route<A> =>
  async (request, ...args) =>
    refuseCrossSiteChange(request, await getPayload({ config })) ?? (await refuseMalformedGraphQL(request)) ?? route(request, ...args)
