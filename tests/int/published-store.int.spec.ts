import type { Payload } from 'payload'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { decodeCursor } from '@/domain/feed'
import { handleFeedRequest } from '@/published/handleFeedRequest'
import { PublishedStore } from '@/published/PublishedStore'
import { publishedStoreFor, revisionBodyLoader, revisionMetaLoader } from '@/published/sharedPublishedStore'

import { testPayload } from '../helpers/payload'
import { reviewClient, testSlugPrefix } from '../helpers/reviewClient'

/**
 * The published store against the real database: what it reads to fill itself, what a request for
 * a revision costs, and the change log's own sequence numbers.
 */

type FindArgs = Parameters<Payload['find']>[0]

/** Every `find` on the revisions collection while `run` runs, with the columns it selected. */
const revisionQueries = async (payload: Payload, run: () => Promise<unknown>): Promise<FindArgs[]> => {
  const find = vi.spyOn(payload, 'find')
  try {
    await run()
    return find.mock.calls.map(([args]) => args).filter((args) => args.collection === 'revisions')
  } finally {
    find.mockRestore()
  }
}

const selected = (args: FindArgs) => Object.keys(args.select ?? { everything: true }).sort()

const get = async (store: ReturnType<typeof publishedStoreFor>, url: string) => {
  const answer = await handleFeedRequest(store, { method: 'GET', url })
  if (!answer) throw new Error(`${url} is not a feed path`)
  return { ...answer, json: answer.body === '' ? undefined : JSON.parse(String(answer.body)) }
}

afterEach(() => vi.restoreAllMocks())

describe('the published store on the database', () => {
  it('fills itself from the metadata columns only, never selecting the revision content', async () => {
    const payload = await testPayload()
    const store = publishedStoreFor(payload)
    const queries = await revisionQueries(payload, () => store.refresh())
    expect(queries.length).toBeGreaterThan(0)
    expect(queries.map(selected)).toEqual(queries.map(() => ['hash', 'listing', 'sequence', 'size']))
    expect(store.revisionCount).toBeGreaterThanOrEqual(76)
    expect(store.cachedBytes).toBe(0)
  })

  it('reads the metadata a batch at a time, every row once, in sequence order', async () => {
    const payload = await testPayload()
    const { totalDocs } = await payload.count({ collection: 'revisions' })
    const store = new PublishedStore({
      loadMeta: revisionMetaLoader(payload, 10),
      loadBody: revisionBodyLoader(payload),
      origin: 'https://g.example',
    })
    const queries = await revisionQueries(payload, () => store.refresh())
    expect([queries.length, store.revisionCount]).toEqual([Math.floor(totalDocs / 10) + 1, totalDocs])
    expect(store.events.map((event) => Number(event.id))).toEqual([...store.events.map((event) => Number(event.id))].sort((a, b) => a - b))
  })

  it('reads one revision row for a revision that is not cached, and none once it is', async () => {
    const payload = await testPayload()
    const store = publishedStoreFor(payload)
    await store.refresh()
    const url = '/feed/v1/summaries/adult-soft-tissue-sarcoma-treatment-patient.json'
    const first = await revisionQueries(payload, () => get(store, url))
    const second = await revisionQueries(payload, () => get(store, url))
    expect([first.map(selected), second.length]).toEqual([[['revision']], 0])
    expect(store.cachedBytes).toBe(store.latest('summaries', 'adult-soft-tissue-sarcoma-treatment-patient')!.size)
  })

  it('answers 304 for a revision the partner has without reading it', async () => {
    const payload = await testPayload()
    const store = publishedStoreFor(payload)
    await store.refresh()
    const { headers } = await get(store, '/feed/v1/drugs/pazopanib/v1.json')
    const fresh = publishedStoreFor(payload)
    await fresh.refresh()
    let status = 0
    const queries = await revisionQueries(payload, async () => {
      const answer = await handleFeedRequest(fresh, { method: 'GET', url: '/feed/v1/drugs/pazopanib/v1.json', ifNoneMatch: headers.etag })
      status = answer!.status
    })
    expect([status, queries.length]).toEqual([304, 0])
  })

  it('numbers each publication one above the last, and announces it under that number', async () => {
    const payload = await testPayload()
    const review = await reviewClient()
    const store = publishedStoreFor(payload)
    const { nextCursor } = (await get(store, '/feed/v1/changes.json?limit=500')).json
    const before = store.lastSequence
    const slug = `${testSlugPrefix('sequence')}1`
    const created = await review.create({ name: 'Numbered', slug, drugClass: 'A class', mechanism: 'A mechanism' })
    expect(created.status).toBe(201)
    await review.approve(created.body.doc.id, { changeType: 'new' })
    expect((await review.publish(created.body.doc.id)).status).toBe(200)

    const page = (await get(store, `/feed/v1/changes.json?since=${nextCursor}`)).json
    expect(page.events).toEqual([expect.objectContaining({ id: String(before + 1), slug, version: 1 })])
    expect(decodeCursor({ cursor: page.nextCursor })).toBe(before + 1)
    const { docs } = await payload.find({ collection: 'revisions', where: { slug: { equals: slug } }, select: { sequence: true } })
    expect(docs.map((row) => row.sequence)).toEqual([before + 1])
  })

  it('pages index.json: the demo fits on page 1 with no next link; a page past the last is 404; a bad page is 400 naming it', async () => {
    const store = publishedStoreFor(await testPayload())
    const first = await get(store, '/feed/v1/index.json')
    expect([first.status, first.json.next, (await get(store, '/feed/v1/index.json?page=1')).body]).toEqual([200, undefined, first.body])
    expect((await get(store, '/feed/v1/index.json?page=2')).status).toBe(404)
    expect((await get(store, '/feed/v1/index.json?page=zero')).json).toEqual({
      errors: [{ code: 'invalid-parameter', field: 'page', message: 'page must be a whole number from 1' }],
    })
  })
})
