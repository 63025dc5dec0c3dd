import type { Endpoint, Payload } from 'payload'

import { match } from 'path-to-regexp'
import * as qs from 'qs-esm'

import type { FieldShape, Problem } from '@/domain/validation/fieldShape'

import { databaseKind } from '@/db/databaseKind'
import { checkCredentials } from '@/domain/validation/credentials'
import { nestingDepth } from '@/domain/validation/fieldShape'
import { idKindOf, isWellFormedId } from '@/domain/validation/ids'
import { checkQueryParameters } from '@/domain/validation/queryParameters'

/** Bodies nest at most this deep (a summary with rich text is ~20). */
const maxBodyDepth = 100
const methods = new Set(['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'])

type Refusal = { status: number; code: string; field?: string; message: string }

/** A refusal in Payload's error shape: `{ errors: [{ message, field, code }] }`. */
export const refusalResponse = ({ status, code, field, message }: Refusal, headers?: HeadersInit): Response =>
  Response.json({ errors: [{ message, ...(field ? { field } : {}), code }] }, { status, headers })

const invalid = (problems: Problem[], code = 'invalid_parameter'): Refusal => ({
  status: 400,
  code,
  field: problems[0].field,
  message: problems.map((problem) => problem.message).join(' '),
})

const collectionOf = (payload: Payload, slug: string) =>
  (payload.collections as Record<string, Payload['collections'][keyof Payload['collections']] | undefined>)[slug]

const fieldsOf = (payload: Payload) => (slug: string) =>
  collectionOf(payload, slug)?.config.fields as unknown as readonly FieldShape[] | undefined

/** The endpoint Payload would run for this path, as `handleEndpoints` finds it, and the collection it belongs to. */
const routeOf = (payload: Payload, method: string, segments: string[]) => {
  const isGlobal = segments[0] === 'globals'
  const [slug, ...rest] = isGlobal ? segments.slice(1) : segments
  const collection = isGlobal ? undefined : collectionOf(payload, slug)
  const global = isGlobal ? payload.globals.config.find((each) => each.slug === slug) : undefined
  const owner = collection?.config ?? global
  const endpoints = (owner ? owner.endpoints : payload.config.endpoints) || []
  const path = `/${(owner ? rest : segments).map(encodeURIComponent).join('/')}`
  for (const endpoint of endpoints as Endpoint[]) {
    if (endpoint.method !== method.toLowerCase()) continue
    const matched = match<Record<string, string>>(endpoint.path, { decode: decodeURIComponent })(path)
    if (matched) return { endpoint, params: matched.params, collection: collection?.config }
  }
  return { endpoint: undefined, params: {} as Record<string, string>, collection: collection?.config }
}

/** Payload's sign-in endpoints of an auth collection, whose bodies carry credentials. */
const credentialPaths = new Set(['/login', '/forgot-password', '/reset-password', '/unlock', '/first-register'])

const checkBody = async (request: Request, credentials: boolean): Promise<Refusal | undefined> => {
  const contentType = (request.headers.get('Content-Type') ?? '').split(';', 1)[0].trim().toLowerCase()
  const text = await request.clone().text()
  if (text.length === 0) return undefined
  if (contentType === 'application/json') {
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return { status: 400, code: 'invalid_json', field: 'body', message: 'The body is not valid JSON.' }
    }
    if (nestingDepth(body, maxBodyDepth) > maxBodyDepth) {
      return { status: 400, code: 'invalid_body', field: 'body', message: `The body nests deeper than ${maxBodyDepth} levels.` }
    }
    const problems = credentials ? checkCredentials(body) : []
    return problems.length > 0 ? invalid(problems, 'invalid_body') : undefined
  }
  if (contentType === 'multipart/form-data') {
    try {
      const form = await request.clone().formData()
      const data = form.get('_payload')
      if (data !== null) {
        if (typeof data !== 'string') throw new TypeError()
        if (nestingDepth(JSON.parse(data), maxBodyDepth) > maxBodyDepth) throw new TypeError()
      }
    } catch {
      return { status: 400, code: 'invalid_body', field: '_payload', message: 'The form data is malformed or its _payload is not JSON.' }
    }
    return undefined
  }
  return {
    status: 415,
    code: 'unsupported_media_type',
    field: 'Content-Type',
    message: 'Send the body as application/json (or multipart/form-data with a JSON _payload).',
  }
}

/**
 * Refuses, before Payload reads it, a REST request Payload would misread: an id that is not exactly
 * an id (`/users/11abc` would act on user 11), query parameters it would coerce or choke on, a body
 * that is not JSON. Answers a 4xx in Payload's error shape naming the parameter, or `undefined` to
 * let Payload handle the request.
 */
export const refuseMalformedRequest = async (request: Request, payload: Payload): Promise<Response | undefined> => {
  const refusal = await findRefusal(request, payload)
  return refusal && refusalResponse(refusal, refusal.status === 405 ? { Allow: [...methods].join(', ') } : undefined)
}

const findRefusal = async (request: Request, payload: Payload): Promise<Refusal | undefined> => {
  const method = request.method.toUpperCase()
  if (!methods.has(method)) {
    return { status: 405, code: 'method_not_allowed', field: 'method', message: `${method} is not supported here.` }
  }
  const url = new URL(request.url)
  const apiRoute = payload.config.routes.api
  if (!url.pathname.startsWith(apiRoute)) return undefined
  let segments: string[]
  try {
    segments = url.pathname.slice(apiRoute.length).split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return { status: 400, code: 'invalid_path', field: 'path', message: 'The path is not valid percent-encoding.' }
  }
  const overridden = method === 'POST' && request.headers.get('X-Payload-HTTP-Method-Override') === 'GET'
  const { endpoint, params, collection } = routeOf(payload, overridden ? 'GET' : method, segments)
  const idKind = idKindOf(databaseKind(process.env.DATABASE_URI))
  if (endpoint?.path === '/verify/:id') {
    if (!collection?.auth?.verify) {
      return { status: 404, code: 'not_found', field: 'token', message: `${collection?.slug} does not verify e-mail addresses.` }
    }
  } else if (params.id !== undefined && !isWellFormedId(params.id, idKind)) {
    return { status: 404, code: 'not_found', field: 'id', message: `No document has the id "${params.id}".` }
  }
  const search =
    overridden && request.headers.get('Content-Type') === 'application/x-www-form-urlencoded' ? await request.clone().text() : url.search
  const query = qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })
  const problems = checkQueryParameters(query as Record<string, unknown>, {
    idKind,
    fields: collection?.fields as unknown as readonly FieldShape[] | undefined,
    fieldsOf: fieldsOf(payload),
  })
  if (problems.length > 0) return invalid(problems)
  if (['POST', 'PATCH', 'PUT'].includes(method) && !overridden) {
    return checkBody(request, Boolean(collection?.auth) && credentialPaths.has(endpoint?.path ?? ''))
  }
  return undefined
}
