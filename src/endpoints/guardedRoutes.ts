import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { refuseMalformedGraphQL } from './refuseMalformedGraphQL'
import { refuseMalformedRequest } from './refuseMalformedRequest'

type Route<A extends unknown[]> = (request: Request, ...args: A) => Promise<Response>

/** Payload's REST route behind `refuseMalformedRequest`. */
export const guardedRest =
  <A extends unknown[]>(config: Promise<SanitizedConfig> | SanitizedConfig, route: Route<A>): Route<A> =>
  async (request, ...args) =>
    (await refuseMalformedRequest(request, await getPayload({ config }))) ?? route(request, ...args)

/** Payload's GraphQL route behind `refuseMalformedGraphQL`. */
export const guardedGraphQL =
  <A extends unknown[]>(route: Route<A>): Route<A> =>
  async (request, ...args) =>
    (await refuseMalformedGraphQL(request)) ?? route(request, ...args)
