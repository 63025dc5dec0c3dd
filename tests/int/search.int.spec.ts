import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import type { SearchAnswer } from '@/domain/search'

import { searchAnswerSchema } from '@/domain/search'
import { importPdq } from '@/pdq/importPdq'
import { handleFeedRequest } from '@/published/handleFeedRequest'
import { publishedStoreFor } from '@/published/sharedPublishedStore'
import { ensureSearchIndex } from '@/search/rebuildSearchIndex'
import { search, searchStoreOf } from '@/search/searchIndex'

import type { ReviewClient } from '../helpers/reviewClient'

import { testPayload } from '../helpers/payload'
import { reviewClient, testSlugPrefix } from '../helpers/reviewClient'

/**
 * Full-text search over what is published, as partners (`/feed/v1/search.json`) and the site see it:
 * stemmed and accent-folded in English and Spanish, phrases, filters, only published revisions, a
 * publication searchable as soon as it commits, bad queries refused with the parameter named.
 */

type Answer = { status: number; body: SearchAnswer & { errors?: { field?: string; message: string }[] } }

const searchJson = async (query: Record<string, string>): Promise<Answer> => {
  const payload = await testPayload()
  const store = publishedStoreFor(payload, { origin: 'https://galley.example' })
  const url = `/feed/v1/search.json?${new URLSearchParams(query)}`
  const answer = await handleFeedRequest(store, { method: 'GET', url }, { search: (parsed) => search(payload, parsed) })
  if (!answer) throw new Error(`${url} was handed on`)
  const body = JSON.parse(String(answer.body))
  if (answer.status === 200) searchAnswerSchema.parse(body)
  return { status: answer.status, body }
}

const slugsOf = (answer: Answer) => answer.body.hits.map((hit) => `${hit.type}/${hit.slug}`)
const marked = (hit: SearchAnswer['hits'][number]) => hit.highlights.map(([start, end]) => hit.snippet.slice(start, end).toLowerCase())

const patientSummary = 'summaries/adult-soft-tissue-sarcoma-treatment-patient'
const prefix = testSlugPrefix('search')
const WORD = 'zorbexiquin'

describe('searching what is published', () => {
  it('finds the demo summary by any form of a word, links to the section and highlights the words', async () => {
    const answer = await searchJson({ q: 'sarcomas treated' })
    expect(answer.status).toBe(200)
    expect(slugsOf(answer)).toContain(patientSummary)
    const hit = answer.body.hits.find((candidate) => `${candidate.type}/${candidate.slug}` === patientSummary)!
    expect(hit.url).toMatch(/^\/summaries\/adult-soft-tissue-sarcoma-treatment-patient(#[\w.-]+)?$/)
    expect(marked(hit).length).toBeGreaterThan(0)
    for (const word of marked(hit)) expect(word).toMatch(/^(sarcoma|sarcomas|treat|treated|treatment|treatments|treating)$/)
  })

  it('keeps a quoted phrase in order', async () => {
    expect(slugsOf(await searchJson({ q: '"soft tissue sarcoma"' }))).toContain(patientSummary)
    expect(slugsOf(await searchJson({ q: '"sarcoma tissue soft"' }))).not.toContain(patientSummary)
  })

  it('filters by type and audience', async () => {
    const drugs = await searchJson({ q: 'sarcoma', type: 'drugs' })
    expect(drugs.body.hits.every((hit) => hit.type === 'drugs')).toBe(true)
    expect(slugsOf(await searchJson({ q: 'sarcoma', audience: 'health-professional' }))).not.toContain(patientSummary)
    expect(slugsOf(await searchJson({ q: 'sarcoma', audience: 'patient' }))).toContain(patientSummary)
  })

  it('counts every match and pages through them', async () => {
    const first = await searchJson({ q: 'sarcoma', limit: '1' })
    expect(first.body.total).toBeGreaterThan(1)
    const second = await searchJson({ q: 'sarcoma', limit: '1', page: '2' })
    expect(second.body.hits).toHaveLength(1)
    expect(slugsOf(second)).not.toEqual(slugsOf(first))
  })

  it.each([
    ['an empty query', { q: '' }, 'q'],
    ['a 10 KB query', { q: 'sarcoma '.repeat(1300) }, 'q'],
    ['an unknown language', { q: 'sarcoma', lang: 'fr' }, 'lang'],
    ['a type without pages', { q: 'sarcoma', type: 'references' }, 'type'],
    ['a negative page', { q: 'sarcoma', page: '-1' }, 'page'],
  ])('refuses %s with a 400 naming the parameter', async (_what, query, field) => {
    const answer = await searchJson(query)
    expect(answer.status).toBe(400)
    expect(answer.body.errors?.[0].field).toBe(field)
  })

  it('reads operators and stray quotes as words, never as query syntax', async () => {
    for (const q of ['sarcoma AND NOT', '"unclosed phrase', 'NEAR(sarcoma surgery)', 'col:sarcoma*', "o'brien -x ^2", '???']) {
      const answer = await searchJson({ q })
      expect(answer.status, q).toBe(200)
    }
  })
})

describe('only what is published is searchable', () => {
  let client: ReviewClient
  let id: number
  const slug = `${prefix}drug`

  beforeAll(async () => {
    client = await reviewClient()
  })

  it('does not find a draft, finds it the moment it is published, and not once it is retired', async () => {
    const created = await client.create({ name: `Searchable ${prefix}`, slug, drugClass: 'Kinase inhibitor', mechanism: `Blocks ${WORD}.` })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    id = created.body.doc.id as number
    expect((await searchJson({ q: WORD })).body.total).toBe(0)

    await client.approve(id, { changeType: 'new' })
    expect((await searchJson({ q: WORD })).body.total).toBe(0)
    expect((await client.publish(id)).status).toBe(200)
    expect(slugsOf(await searchJson({ q: WORD }))).toEqual([`drugs/${slug}`])

    // A draft edit is not searchable until it is approved and published.
    expect((await client.edit(id, { mechanism: 'Blocks quarnitase.' })).status).toBe(200)
    expect((await searchJson({ q: 'quarnitase' })).body.total).toBe(0)
    expect(slugsOf(await searchJson({ q: WORD }))).toEqual([`drugs/${slug}`])

    await client.approve(id, { intent: 'retire', changeType: 'minor-change' })
    expect((await client.publish(id)).status).toBe(200)
    expect((await searchJson({ q: WORD })).body.total).toBe(0)
  })
})

describe('Spanish', () => {
  const fixture = path.resolve(import.meta.dirname, '../fixtures/pdq/cis/es/520407.xml')

  beforeAll(async () => {
    // NCI's Spanish patient summary under another id, so the PDQ import tests still see the original as new.
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-search-'))
    const file = path.join(scratch, '990407.xml')
    fs.writeFileSync(
      file,
      fs
        .readFileSync(fixture, 'utf8')
        .replaceAll('520407', '990407')
        .replaceAll('tratamiento-tejido-blando-adultos-pdq', 'busqueda-prueba-pdq'),
    )
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'admin@galley.test' } }, limit: 1 })
    const result = await importPdq({ payload, user: docs[0] as User, inputs: [file], now: () => new Date('2026-12-02T09:00:00Z') })
    expect(result.results.map((entry) => entry.outcome)).toEqual(['imported'])
  })

  it('finds Spanish words with or without their accents, in any form', async () => {
    for (const q of ['radiación', 'radiacion', 'estadificacion', 'información', 'tratamientos', 'tratamiento']) {
      const answer = await searchJson({ q, lang: 'es' })
      expect(
        answer.body.hits.some((hit) => hit.slug.includes('busqueda-prueba')),
        q,
      ).toBe(true)
      expect(
        answer.body.hits.every((hit) => hit.language === 'es'),
        q,
      ).toBe(true)
    }
  })

  it('searches English documents only when asked in English', async () => {
    expect((await searchJson({ q: 'tratamientos', lang: 'en' })).body.hits.some((hit) => hit.slug.includes('busqueda-prueba'))).toBe(false)
  })
})

describe('the index of a database from before search', () => {
  it('is rebuilt from the latest published revisions, once', async () => {
    const payload = await testPayload()
    const store = searchStoreOf(payload)
    const before = await store.count()
    await store.reset(undefined, 0)
    expect(await store.count()).toBe(0)
    expect(await ensureSearchIndex(payload)).toBe(before)
    expect(await store.count()).toBe(before)
    expect(await ensureSearchIndex(payload)).toBeNull()
    expect(slugsOf(await searchJson({ q: 'sarcoma' }))).toContain(patientSummary)
  })
})
