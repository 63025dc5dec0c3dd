import type { ValidateFunction } from 'ajv'

import Ajv2020 from 'ajv/dist/2020'
import { expect } from 'vitest'

import type { ChangeEvent } from '@/domain/feed'

import { checkRevisionChain } from '@/domain/revisions'
import { handleFeedRequest } from '@/published/handleFeedRequest'
import { publishedStoreFor } from '@/published/sharedPublishedStore'

import type { Json } from './json'

import { testPayload } from './payload'

/**
 * The public feed as a partner reads it, for int tests: every answer comes from a fresh in-memory
 * store (as the server's), every JSON body is validated against the feed's own schema.json, and no
 * body may contain a text the test marked as forbidden (a draft value nobody approved).
 */

export type FeedAnswer = { url: string; status: number; headers: Record<string, string>; text: string; json: Json }

/** An answer in a failure message: its URL, status and the start of its body. */
export const shown = (answer: FeedAnswer) => `${answer.url} → ${answer.status} ${answer.text.slice(0, 300)}`

/** What a partner knows about one document: its latest version, retired or not, and the text it shows. */
export type PublishedState = { version: number; retired: boolean; drugClass?: string; mechanism?: string }

/** A numbered revision reduced to what the tests compare. */
export type VersionSummary = { version: number; kind: 'published' | 'retired'; drugClass?: string; mechanism?: string }

export const summarize = (revision: Json): VersionSummary =>
  revision.kind === 'retired'
    ? { version: revision.version, kind: 'retired' }
    : { version: revision.version, kind: 'published', drugClass: revision.content.drugClass, mechanism: revision.content.mechanism }

export const openFeed = async ({ origin = 'https://galley.example' }: { origin?: string } = {}) => {
  const store = publishedStoreFor(await testPayload(), { origin })
  const forbidden: string[] = []
  /** One answer as served, checked for forbidden words; not yet against the schema. */
  const read = async (url: string): Promise<FeedAnswer> => {
    const answer = await handleFeedRequest(store, { method: 'GET', url })
    if (!answer) throw new Error(`${url} is not a feed path`)
    const text = String(answer.body)
    for (const word of forbidden) expect(text.includes(word), `${url} shows "${word}", a draft nobody approved`).toBe(false)
    const isJson = answer.headers['content-type']?.includes('json') && text !== ''
    const json = isJson ? JSON.parse(text) : undefined
    return { url, status: answer.status, headers: answer.headers, text, json }
  }

  const schema = (await read('/feed/v1/schema.json')).json
  const ajv = new Ajv2020({ strict: false, validateFormats: false })
  ajv.addSchema(schema)
  const validate = ajv.getSchema(schema.$id)
  if (!validate) throw new Error('schema.json has no $id to validate against')

  const get = async (url: string): Promise<FeedAnswer> => {
    const answer = await read(url)
    if (answer.json !== undefined)
      expect(validate(answer.json), `${url} (${answer.status}) does not match schema.json: ${JSON.stringify(validate.errors)}`).toBe(true)
    return answer
  }
  /** A validator for one of schema.json's definitions, e.g. `WebhookDelivery`. */
  const validatorFor = (definition: string): ValidateFunction => {
    const found = ajv.getSchema(`${schema.$id}#/$defs/${definition}`)
    if (!found) throw new Error(`schema.json defines no ${definition}`)
    return found
  }

  /** Pages through changes.json from `since` (the start when absent) to the end; each page follows the last. */
  const readChanges = async ({ since = '', limit = 100 }: { since?: string; limit?: number } = {}) => {
    const events: ChangeEvent[] = []
    let cursor = since
    for (;;) {
      const page = await get(`/feed/v1/changes.json?limit=${limit}${cursor ? `&since=${cursor}` : ''}`)
      expect(page.status, shown(page)).toBe(200)
      const { events: more, nextCursor } = page.json as { events: ChangeEvent[]; nextCursor: string }
      expect(more.length).toBeLessThanOrEqual(limit)
      if (more.length === 0) {
        if (cursor) expect(nextCursor, 'an empty page keeps the cursor').toBe(cursor)
        return { events, nextCursor }
      }
      events.push(...more)
      cursor = nextCursor
    }
  }

  /** Every numbered version of a document, 1 … n until the first 404, checked as a chain (hashes, no gaps). */
  const readVersions = async (type: string, slug: string): Promise<Json[]> => {
    const versions = []
    for (let n = 1; ; n++) {
      const answer = await get(`/feed/v1/${type}/${slug}/v${n}.json`)
      if (answer.status === 404) break
      expect(answer.status, shown(answer)).toBe(200)
      versions.push(answer.json)
    }
    if (versions.length > 0) expect(checkRevisionChain({ revisions: versions }), `${type}/${slug}`).toEqual([])
    return versions
  }

  /**
   * The published state of the documents whose slug starts with `prefix`, as index.json and each
   * latest URL give it; checks that the two agree (410 with the retirement event for a retired one).
   */
  const publishedState = async ({ type, prefix }: { type: string; prefix: string }): Promise<Record<string, PublishedState>> => {
    const index = await get('/feed/v1/index.json')
    expect(index.status).toBe(200)
    const state: Record<string, PublishedState> = {}
    for (const entry of index.json.documents.filter((entry: Json) => entry.type === type && entry.slug.startsWith(prefix))) {
      const latest = await get(`/feed/v1/${type}/${entry.slug}.json`)
      if (entry.retired) {
        expect(latest.status, shown(latest)).toBe(410)
        expect(latest.json.event).toMatchObject({ kind: 'retired', type, slug: entry.slug, version: entry.version })
        state[entry.slug] = { version: entry.version, retired: true }
      } else {
        expect(latest.status, shown(latest)).toBe(200)
        expect(latest.json.version).toBe(entry.version)
        const { version, drugClass, mechanism } = summarize(latest.json)
        state[entry.slug] = { version, retired: false, drugClass, mechanism }
      }
    }
    return state
  }

  return {
    store,
    get,
    validatorFor,
    readChanges,
    readVersions,
    publishedState,
    /** From now on, any feed body containing `text` fails the test. */
    forbid: (text: string) => forbidden.push(text),
  }
}

export type FeedClient = Awaited<ReturnType<typeof openFeed>>

/** Events in the order a partner receives them: ids strictly increasing, so none repeats or goes back. */
export const expectInSequence = (events: readonly ChangeEvent[]) => {
  events.forEach((event, index) => {
    if (index > 0) expect(Number(event.id), `event ${event.id} after ${events[index - 1].id}`).toBeGreaterThan(Number(events[index - 1].id))
  })
}
