import type { Payload, PayloadRequest } from 'payload'

import type { Json } from './json'

import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createLocalReq, getPayload, handleEndpoints } from 'payload'

import { guardedGraphQL, guardedRest } from '@/endpoints/guardedRoutes'

export const demoPassword = 'galley-demo'

let instance: Promise<Payload> | undefined

/** The Payload instance of this test file, on the run's fresh database. */
export const testPayload = (): Promise<Payload> => (instance ??= getPayload({ config }))

/** A request made by the demo account `email`, for Local API calls with `overrideAccess: false`. */
export const requestAs = async (email: string): Promise<PayloadRequest> => {
  const payload = await testPayload()
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  if (!docs[0]) throw new Error(`no demo account ${email}`)
  return createLocalReq({ user: { ...docs[0], collection: 'users' } }, payload)
}

type RestArgs = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | (string & {})
  path: string
  token?: string
  body?: unknown
  /** Sent as is, for malformed input. */
  rawBody?: string
  /** Extra request headers (e.g. the client address `npm start`'s server sets). */
  headers?: Record<string, string>
  /** Instead of application/json. */
  contentType?: string
}

export type RestResponse = { status: number; body: Json; headers: Headers }

const restRoute = guardedRest(config, (request: Request) => handleEndpoints({ config, request }))
const graphqlRoute = guardedGraphQL(config, GRAPHQL_POST(config))

/** Calls Payload's REST API handler with a real HTTP Request, behind the same guard as the Next route. */
export const rest = async ({
  method = 'GET',
  path,
  token,
  body,
  rawBody,
  contentType,
  headers: extra,
}: RestArgs): Promise<RestResponse> => {
  await testPayload()
  const headers = new Headers(extra)
  if (token) headers.set('Authorization', `JWT ${token}`)
  const payloadBody = rawBody ?? (body === undefined ? undefined : JSON.stringify(body))
  if (payloadBody !== undefined) headers.set('Content-Type', contentType ?? 'application/json')
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body: payloadBody })
  return readResponse(await restRoute(request))
}

/** Posts `body` (sent as is when it is a string) to the GraphQL route, behind the same guard as the Next route. */
export const graphqlRequest = async (body: unknown, token?: string, extra?: Record<string, string>): Promise<RestResponse> => {
  await testPayload()
  const headers = new Headers({ 'Content-Type': 'application/json', ...extra })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return readResponse(await graphqlRoute(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: text })))
}

const readResponse = async (response: Response): Promise<RestResponse> => {
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, headers: response.headers }
}

/** Signs in through `POST /api/users/login` and returns the JWT. */
export const login = async (email: string, password = demoPassword): Promise<string> => {
  const response = await rest({ method: 'POST', path: '/users/login', body: { email, password } })
  if (response.status !== 200) throw new Error(`login ${email} failed: ${JSON.stringify(response.body)}`)
  return response.body.token
}

/** A GraphQL query as `token`'s user, through the same guard as the Next route: its `data` and `errors`. */
export const graphql = async (query: string, token: string): Promise<{ data?: Json; errors?: { message: string }[] }> =>
  (await graphqlRequest({ query }, token)).body
