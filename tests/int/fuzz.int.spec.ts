import type { Json } from '../helpers/json'
import { createHash } from 'node:crypto'

import { beforeAll, describe, expect, it } from 'vitest'

import type { FieldShape } from '@/domain/validation/fieldShape'

import { isReviewedCollection } from '@collections/slugs'

import type { MalformedRequest, Target } from '../helpers/malformedRequests'
import type { RestResponse } from '../helpers/payload'

import { malformedRequests } from '../helpers/malformedRequests'
import { graphqlRequest, login, rest, testPayload } from '../helpers/payload'
import { seededRandom, seedFrom } from '../helpers/seededRandom'

/**
 * Hostile requests from a seeded generator, as every role: none may answer 5xx, and none may change
 * anything stored. Replay a run with FUZZ_SEED=<seed>; raise the count with FUZZ_COUNT (or
 * `npm run fuzz -- --count 20000`). FUZZ_CHECK_EACH=1 compares the store after every write, to find
 * the request that changed it.
 */
const seed = seedFrom(process.env.FUZZ_SEED)
const count = Number(process.env.FUZZ_COUNT ?? 1000)
const checkEach = process.env.FUZZ_CHECK_EACH === '1'

/** Fields a refused request may still change: sign-in bookkeeping. */
const volatile = new Set([
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
])

const galleyCollections = async () => {
  const payload = await testPayload()
  return payload.config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
}

/** Every stored row of every Galley collection, and every version, one hash per document. */
const snapshot = async (): Promise<Map<string, string>> => {
  const payload = await testPayload()
  const rows = new Map<string, string>()
  const keep = (key: string, doc: Record<string, unknown>) => {
    const kept = Object.fromEntries(Object.entries(doc).filter(([name]) => !volatile.has(name)))
    rows.set(key, createHash('sha256').update(JSON.stringify(kept)).digest('hex'))
  }
  for (const collection of await galleyCollections()) {
    const slug = collection.slug as 'drugs'
    const { docs } = await payload.find({ collection: slug, pagination: false, depth: 0, overrideAccess: true, draft: false })
    for (const doc of docs) keep(`${slug}/${doc.id}`, doc as unknown as Record<string, unknown>)
    if (collection.versions) {
      const versions = await payload.findVersions({ collection: slug, pagination: false, depth: 0, overrideAccess: true })
      for (const version of versions.docs) keep(`${slug}/versions/${version.id}`, version as unknown as Record<string, unknown>)
    }
  }
  return rows
}

const differences = (before: Map<string, string>, after: Map<string, string>): string[] =>
  [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key))

const send = (request: MalformedRequest, token: string | undefined): Promise<RestResponse> =>
  request.kind === 'graphql'
    ? graphqlRequest(request.rawBody, token)
    : rest({
        method: request.method,
        path: request.path,
        token,
        body: request.body,
        rawBody: request.rawBody,
        contentType: request.contentType,
      })

/** A 5xx status, or a GraphQL error that Payload marked as one. */
const serverError = (response: RestResponse): boolean =>
  response.status >= 500 ||
  (Array.isArray(response.body?.errors) && response.body.errors.some((error: Json) => (error?.extensions?.statusCode ?? 0) >= 500))

const describeRequest = (request: MalformedRequest, role: string): string => {
  const text =
    request.kind === 'graphql'
      ? `POST /api/graphql ${request.rawBody}`
      : `${request.method} /api${request.path} ${request.contentType ?? ''} ${request.rawBody ?? JSON.stringify(request.body) ?? ''}`
  return `[${role}] ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`
}

let targets: Target[]
let tokens: Record<string, string | undefined>

beforeAll(async () => {
  console.log(`fuzz: seed ${seed}, ${count} requests (replay with FUZZ_SEED=${seed} FUZZ_COUNT=${count})`)
  const payload = await testPayload()
  targets = await Promise.all(
    (await galleyCollections()).map(async (collection) => {
      const { docs } = await payload.find({ collection: collection.slug as 'drugs', limit: 5, depth: 0, overrideAccess: true })
      return {
        slug: collection.slug,
        fields: collection.fields as unknown as readonly FieldShape[],
        ids: docs.map((doc) => doc.id as number),
        reviewed: isReviewedCollection(collection.slug),
        single:
          collection.graphQL === false ? collection.slug : (collection.graphQL?.singularName ?? toGraphQLName(collection.slug, false)),
        plural: collection.graphQL === false ? collection.slug : (collection.graphQL?.pluralName ?? toGraphQLName(collection.slug, true)),
      }
    }),
  )
  tokens = {
    anonymous: undefined,
    writer: await login('writer@galley.test'),
    reviewer: await login('reviewer1@galley.test'),
    editor: await login('editor@galley.test'),
    admin: await login('admin@galley.test'),
  }
})

/** Payload's GraphQL names: `review-events` → `ReviewEvent` / `ReviewEvents`. */
const toGraphQLName = (slug: string, plural: boolean): string => {
  const words = slug
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')
  return plural ? words : words.replace(/ies$/, 'y').replace(/s$/, '')
}

describe('hostile requests', () => {
  it(`answer no ${count} of them with a 5xx and change nothing stored`, { timeout: Math.max(120_000, count * 200) }, async () => {
    const random = seededRandom(seed)
    const requests = malformedRequests(targets, random, count)
    const roles = Object.keys(tokens)
    const failures: string[] = []
    const statuses = new Map<number, number>()
    const started = performance.now()
    let before = await snapshot()
    const initial = before
    for (const request of requests) {
      const role = roles[Math.floor(random.next() * roles.length)]
      const response = await send(request, tokens[role])
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      if (serverError(response))
        failures.push(`${response.status} ← ${describeRequest(request, role)}: ${JSON.stringify(response.body).slice(0, 300)}`)
      if (checkEach && (request.kind === 'graphql' || request.method !== 'GET')) {
        const after = await snapshot()
        const changed = differences(before, after)
        if (changed.length > 0) failures.push(`changed ${changed.join(', ')} ← ${describeRequest(request, role)}`)
        before = after
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `fuzz: seed ${seed}: ${count} requests in ${seconds} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    )
    expect(failures, `seed ${seed}`).toEqual([])
    expect(differences(initial, await snapshot()), `seed ${seed}: stored rows that changed`).toEqual([])
  })
})
