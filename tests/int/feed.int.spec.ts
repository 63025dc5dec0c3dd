import Ajv2020 from 'ajv/dist/2020'
import { beforeAll, describe, expect, it } from 'vitest'

import type { FeedResponse } from '@/published/handleFeedRequest'
import type { PublishedStore } from '@/published/PublishedStore'

import { verifyRevision } from '@/domain/revisions'
import { handleFeedRequest } from '@/published/handleFeedRequest'
import { publishedStoreFor } from '@/published/sharedPublishedStore'

import { login, rest, testPayload } from '../helpers/payload'

let store: PublishedStore
const tokens: Record<string, string> = {}

const get = async (url: string, ifNoneMatch?: string): Promise<FeedResponse> => {
  const answer = await handleFeedRequest(store, { method: 'GET', url, ifNoneMatch })
  if (!answer) throw new Error(`${url} is not a feed path`)
  return answer
}
const body = (answer: FeedResponse) => JSON.parse(String(answer.body))

const drugId = async (slug: string): Promise<number> =>
  (await rest({ path: `/drugs?where[slug][equals]=${slug}`, token: tokens.editor })).body.docs[0].id

/** Takes a change to a drug through review: writer drafts and submits, two reviewers approve, the editor publishes. */
const publishThroughReview = async (slug: string, data: Record<string, unknown>, intent: 'publish' | 'retire' = 'publish') => {
  const id = await drugId(slug)
  const post = (who: string, action: string, payload: unknown) =>
    rest({ method: 'POST', path: `/drugs/${id}/${action}`, token: tokens[who], body: payload })
  if (intent === 'publish') {
    expect((await rest({ method: 'PATCH', path: `/drugs/${id}?draft=true`, token: tokens.writer, body: data })).status).toBe(200)
  }
  expect((await post('writer', 'submit', { changeType: 'minor-change', note: 'Feed test', intent })).status).toBe(200)
  expect((await post('reviewer1', 'vote', { decision: 'approve' })).status).toBe(200)
  expect((await post('reviewer2', 'vote', { decision: 'approve' })).status).toBe(200)
  const published = await post('editor', 'publish', {})
  expect(published.status).toBe(200)
}

beforeAll(async () => {
  const payload = await testPayload()
  store = publishedStoreFor(payload, { origin: 'https://galley.example' })
  for (const who of ['writer', 'editor', 'reviewer1', 'reviewer2']) tokens[who] = await login(`${who}@galley.test`)
})

describe('the feed of published revisions', () => {
  it('lists every seeded document in index.json at version 1, with its URLs', async () => {
    const answer = await get('/feed/v1/index.json')
    expect(answer.status).toBe(200)
    expect(answer.headers['access-control-allow-origin']).toBe('*')
    // The same answer the custom server's fast path sends: browsers must not sniff it as HTML.
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    const { documents } = body(answer)
    // Other test files add documents to the same database: their own (`test-…`) and the PDQ import's
    // (references `pmid-…`/`citation-…`, summaries named after cancer.gov's `…-pdq-hp` URLs).
    const addedByTests = (slug: string) => slug.startsWith('test-') || /^(pmid|citation)-|-pdq-(hp|patient|pro|paciente)$/.test(slug)
    expect(documents.filter((entry: { slug: string }) => !addedByTests(entry.slug))).toHaveLength(76)
    const nivolumab = documents.find((entry: { type: string; slug: string }) => entry.type === 'drugs' && entry.slug === 'nivolumab')
    expect(nivolumab).toMatchObject({ version: 1, urls: { latest: 'https://galley.example/feed/v1/drugs/nivolumab.json' } })
  })

  it('serves a numbered revision as immutable with a strong ETag, and 304 when the partner has it', async () => {
    const answer = await get('/feed/v1/drugs/doxorubicin/v1.json')
    expect(answer.status).toBe(200)
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(answer.headers.etag).toMatch(/^"sha256-[0-9a-f]{64}"$/)
    const revision = body(answer)
    expect(revision).toMatchObject({ type: 'drugs', slug: 'doxorubicin', version: 1, kind: 'published', previousHash: null })
    expect(verifyRevision({ revision }).ok).toBe(true)
    expect((await get('/feed/v1/drugs/doxorubicin/v1.json', answer.headers.etag)).status).toBe(304)
  })

  it('carries a summary’s citations resolved and its related documents pinned, so it renders from one file', async () => {
    const revision = body(await get('/feed/v1/summaries/adult-soft-tissue-sarcoma-treatment-patient.json'))
    expect(revision.content.sections).toHaveLength(10)
    expect(revision.content.citations.length).toBeGreaterThan(10)
    expect(revision.content.citations[0]).toMatchObject({ number: 1, reference: { type: 'references', version: 1 } })
    expect(revision.content.relatedDrugs).toContainEqual(expect.objectContaining({ type: 'drugs', slug: 'pazopanib', version: 1 }))
  })

  it('never shows a draft: a saved, unreviewed edit leaves the latest revision unchanged', async () => {
    const id = await drugId('gemcitabine')
    const before = body(await get('/feed/v1/drugs/gemcitabine.json'))
    await rest({ method: 'PATCH', path: `/drugs/${id}?draft=true`, token: tokens.writer, body: { drugClass: 'DRAFT ONLY class' } })
    const after = await get('/feed/v1/drugs/gemcitabine.json')
    expect(body(after)).toEqual(before)
    expect(String(after.body)).not.toContain('DRAFT ONLY')
  })

  it('adds version 2 with its typed change log and hash chain when a reviewed change is published', async () => {
    const { nextCursor } = body(await get('/feed/v1/changes.json?limit=500'))
    const v1 = body(await get('/feed/v1/drugs/docetaxel/v1.json'))

    await publishThroughReview('docetaxel', { drugClass: 'Multitargeted tyrosine kinase inhibitor' })

    const latest = await get('/feed/v1/drugs/docetaxel.json')
    expect(latest.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600')
    const v2 = body(latest)
    expect(v2).toMatchObject({ version: 2, previousHash: v1.hash, changeType: 'minor-change', publicNote: null })
    expect(v2).not.toHaveProperty('note')
    expect(v2.approvedBy.map((person: { name: string }) => person.name)).toHaveLength(2)
    expect(v2.changeLog.fields).toContainEqual({
      path: 'drugClass',
      before: v1.content.drugClass,
      after: 'Multitargeted tyrosine kinase inhibitor',
    })

    const page = body(await get(`/feed/v1/changes.json?since=${nextCursor}`))
    expect(page.events).toEqual([expect.objectContaining({ kind: 'published', type: 'drugs', slug: 'docetaxel', version: 2 })])
    const empty = body(await get(`/feed/v1/changes.json?since=${page.nextCursor}`))
    expect(empty).toEqual({ events: [], nextCursor: page.nextCursor })
  })

  it('pages through every change exactly once', async () => {
    const seen: string[] = []
    let cursor = ''
    for (;;) {
      const page = body(await get(`/feed/v1/changes.json?limit=7${cursor ? `&since=${cursor}` : ''}`))
      if (page.events.length === 0) break
      seen.push(...page.events.map((event: { id: string }) => event.id))
      cursor = page.nextCursor
    }
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBe(store.events.length)
  })

  it('answers 410 with the retirement event for a retired document, and keeps its numbered versions', async () => {
    await publishThroughReview('trabectedin', {}, 'retire')
    const gone = await get('/feed/v1/drugs/trabectedin.json')
    expect(gone.status).toBe(410)
    expect(body(gone).event).toMatchObject({ kind: 'retired', slug: 'trabectedin', version: 2 })
    expect(body(gone).errors).toEqual([{ code: 'gone', message: expect.stringMatching(/^drugs\/trabectedin was retired in version 2/) }])
    expect((await get('/feed/v1/drugs/trabectedin/v1.json')).status).toBe(200)
    const index = body(await get('/feed/v1/index.json'))
    expect(index.documents.find((entry: { slug: string }) => entry.slug === 'trabectedin')).toMatchObject({ retired: true })
  })

  it('answers 404 JSON for unknown types, slugs and versions, and 400 naming the parameter for a bad cursor or limit', async () => {
    for (const url of ['/feed/v1/potions/pazopanib.json', '/feed/v1/drugs/no-such-drug.json', '/feed/v1/drugs/pazopanib/v99.json']) {
      const answer = await get(url)
      expect(answer.status).toBe(404)
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
      expect(body(answer).errors).toEqual([
        { code: 'not-found', message: expect.stringMatching(/is not in the feed: see \/feed\/v1\/index.json/) },
      ])
    }
    expect(body(await get('/feed/v1/changes.json?since=not-a-cursor'))).toEqual({
      errors: [
        {
          code: 'invalid-parameter',
          field: 'since',
          message: 'since must be a nextCursor returned by this feed; leave it out to start from the first event',
        },
      ],
    })
    expect(body(await get('/feed/v1/changes.json?limit=0'))).toEqual({
      errors: [{ code: 'invalid-parameter', field: 'limit', message: 'limit must be a whole number from 1 to 500' }],
    })
  })

  it('keeps revisions immutable: no role changes or deletes one over REST, admins included', async () => {
    const admin = await login('admin@galley.test')
    const { docs } = (await rest({ path: '/revisions?limit=1', token: admin })).body
    const row = docs[0]
    expect((await rest({ method: 'PATCH', path: `/revisions/${row.id}`, token: admin, body: { hash: 'sha256:0' } })).status).toBe(403)
    expect((await rest({ method: 'DELETE', path: `/revisions/${row.id}`, token: admin })).status).toBe(403)
    expect((await rest({ method: 'POST', path: '/revisions', token: admin, body: { ...row, id: undefined } })).status).toBe(403)
    expect((await rest({ path: `/revisions/${row.id}`, token: admin })).body.hash).toBe(row.hash)
  })

  it('publishes the same events as Atom', async () => {
    const atom = await get('/feed/v1/changes.atom')
    expect(atom.headers['content-type']).toContain('application/atom+xml')
    expect(String(atom.body)).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    expect(String(atom.body)).toContain('drugs/docetaxel/v2.json')
  })

  it('publishes a JSON Schema (2020-12) that validates the revisions it serves', async () => {
    const schema = body(await get('/feed/v1/schema.json'))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema)
    for (const url of [
      '/feed/v1/drugs/docetaxel/v2.json',
      '/feed/v1/summaries/adult-soft-tissue-sarcoma-treatment-patient/v1.json',
      '/feed/v1/index.json',
    ]) {
      expect(validate(body(await get(url))), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
    expect(validate({ type: 'drugs', slug: 'x' })).toBe(false)
  })
})
