import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import type { FileResult } from '@/domain/pdq/import/plan'
import type { User } from '@/payload-types'

import { comparePdqContent, formatContentDifference, parsePdq } from '@/domain/pdq'
import { handleFeedRequest } from '@/published/handleFeedRequest'
import { publishedStoreFor } from '@/published/sharedPublishedStore'
import { importPdq } from '@/pdq/importPdq'

import { testPayload } from '../helpers/payload'
import { validateWithDtd } from '../helpers/xmllint'

/**
 * `npm run import:pdq` on the real sarcoma set (NCI's files, tests/fixtures/pdq): published revision 1
 * of each, links resolved in any order, idempotent, a changed file sent for review, broken files named
 * and skipped, and the PDQ XML export giving the same content back. The whole corpus is `npm run bench`.
 */

const fixtures = path.resolve(import.meta.dirname, '../fixtures/pdq')
// Given translations first: the import must still link them to their originals.
const sarcomaSet = ['cis/es/520407.xml', 'cis/es/256690.xml', 'cis/en/258102.xml', 'cis/en/62820.xml'].map((file) =>
  path.join(fixtures, file),
)
const now = () => new Date('2026-12-02T09:00:00Z')

const admin = async (): Promise<User> => {
  const payload = await testPayload()
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'admin@galley.test' } }, limit: 1 })
  return docs[0] as User
}

const run = async (inputs: string[]) => importPdq({ payload: await testPayload(), user: await admin(), inputs, now })
const outcomes = (results: FileResult[]) => Object.fromEntries(results.map((result) => [path.basename(result.file), result.outcome]))

const feed = async (url: string) => {
  const store = publishedStoreFor(await testPayload(), { origin: 'https://galley.example' })
  const answer = await handleFeedRequest(store, { method: 'GET', url })
  if (!answer) throw new Error(`${url} is not a feed path`)
  return { ...answer, text: String(answer.body) }
}

const summaryByCdrId = async (cdrId: string) => {
  const payload = await testPayload()
  const { docs } = await payload.find({ collection: 'summaries', where: { cdrId: { equals: cdrId } }, depth: 0, draft: true, limit: 1 })
  return docs[0]
}

const count = async (collection: 'revisions' | 'summaries' | 'references' | 'review-events') =>
  (await (await testPayload()).count({ collection })).totalDocs

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-pdq-import-'))
const writeScratch = (name: string, xml: string) => {
  const file = path.join(scratch, name)
  fs.writeFileSync(file, xml)
  return file
}

describe('importing the PDQ sarcoma set', () => {
  let first: Awaited<ReturnType<typeof run>>
  beforeAll(async () => {
    first = await run(sarcomaSet)
  })

  it('imports each summary, and reports each file', () => {
    expect(outcomes(first.results)).toEqual({
      '520407.xml': 'imported',
      '256690.xml': 'imported',
      '258102.xml': 'imported',
      '62820.xml': 'imported',
    })
  })

  it('publishes each as revision 1, recorded in the audit trail as imported from the file and its date', async () => {
    const payload = await testPayload()
    const summary = await summaryByCdrId('CDR0000062820')
    expect(summary).toMatchObject({
      _status: 'published',
      audience: 'health-professional',
      language: 'en',
      referenceNumbering: 'per-section',
    })
    const revisions = await payload.find({
      collection: 'revisions',
      where: { documentId: { equals: String(summary!.id) }, type: { equals: 'summaries' } },
    })
    expect(revisions.docs.map((revision) => revision.version)).toEqual([1])
    const events = await payload.find({
      collection: 'review-events',
      where: { documentId: { equals: String(summary!.id) }, reviewedCollection: { equals: 'summaries' } },
    })
    expect(events.docs.map((event) => [event.action, event.toState])).toEqual([['import', 'published']])
    expect(events.docs[0].comment).toContain('62820.xml (DateLastModified 2025-02-21)')
  })

  it('creates the PDQ board the summaries name, by its CDR id, with no members yet', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'boards', where: { cdrId: { equals: 'CDR0000028327' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0].name).toBe('PDQ Adult Treatment Editorial Board')
    expect(docs[0].members ?? []).toEqual([])
    expect((await summaryByCdrId('CDR0000062820'))!.board).toBe(docs[0].id)
  })

  it('links translations and patient versions to their originals, whatever the order of the files', async () => {
    const english = await summaryByCdrId('CDR0000062820')
    const spanish = await summaryByCdrId('CDR0000256690')
    const patient = await summaryByCdrId('CDR0000258102')
    expect(spanish!.translationOf).toBe(english!.id)
    expect(patient!.patientVersionOf).toBe(english!.id)
    expect((await summaryByCdrId('CDR0000520407'))!.translationOf).toBe(patient!.id)
  })

  it('reports the cross-summary links to summaries it did not import, and not those it did', () => {
    const line = first.unresolvedLinks.find((text) => text.startsWith('62820.xml:'))
    expect(line).toContain('CDR0000062796')
    expect(line).toContain('CDR0000062914')
    expect(first.unresolvedLinks.join('\n')).not.toMatch(/CDR0000258102|CDR0000062820,/)
  })

  it('makes one published reference per PubMed id, cited from the summary body', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({
      collection: 'references',
      where: { slug: { like: 'pmid-' } },
      depth: 0,
      pagination: false,
      draft: true,
    })
    const pmids = docs.map((doc) => doc.pmid)
    expect(new Set(pmids).size).toBe(pmids.length)
    expect(docs.length).toBeGreaterThan(100)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
  })

  it('exports the latest revision as PDQ XML with the same content as NCI’s file', async () => {
    const answer = await feed('/feed/v1/pdq/CDR0000062820.xml')
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('application/xml; charset=utf-8')
    const original = parsePdq(fs.readFileSync(path.join(fixtures, 'cis/en/62820.xml'), 'utf8'), { file: '62820.xml' })
    const exported = parsePdq(answer.text, { file: 'exported' })
    // Three papers of this summary were already in Galley (the demo cites them): Galley keeps one
    // reference per PubMed id, so they export with Galley's citation text; the PMIDs and numbers agree.
    const differences = comparePdqContent(original, exported)
    expect(differences.filter((difference) => difference.kind !== 'referenceList').map(formatContentDifference)).toEqual([])
    expect(differences.length).toBeLessThanOrEqual(3)
    const numbered = (doc: typeof original) =>
      doc.sections.map((section) => ('references' in section ? (section.references ?? []).map((c) => `${c.idx}=${c.PMID ?? ''}`) : []))
    expect(numbered(exported)).toEqual(numbered(original))
  })

  it('exports XML valid against pdqCG.dtd, and the partner form valid against pdq.dtd', async () => {
    const documents = []
    for (const cdrId of ['CDR0000062820', 'CDR0000258102', 'CDR0000256690', 'CDR0000520407']) {
      documents.push({ name: `${cdrId}.xml`, xml: (await feed(`/feed/v1/pdq/${cdrId}.xml`)).text })
    }
    expect(validateWithDtd(documents, path.join(fixtures, 'dtd', 'pdqCG.dtd'))).toEqual([])
    const partner = await feed('/feed/v1/pdq/CDR0000062820/v1.xml?form=partner')
    expect(partner.headers['cache-control']).toContain('immutable')
    expect(validateWithDtd([{ name: 'partner.xml', xml: partner.text }], path.join(fixtures, 'dtd', 'pdq.dtd'))).toEqual([])
  })

  it('answers the JSON by redirecting to the revision’s canonical URL', async () => {
    const answer = await feed('/feed/v1/pdq/CDR0000062820.json')
    expect(answer.status).toBe(302)
    expect(answer.headers.location).toMatch(/^https:\/\/galley\.example\/feed\/v1\/summaries\/[a-z0-9-]+\.json$/)
  })

  it('refuses an unknown export form, naming the parameter', async () => {
    const answer = await feed('/feed/v1/pdq/CDR0000062820.xml?form=html')
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.text).errors[0]).toMatchObject({ field: 'form' })
  })

  it('lists the imported documents as added in the weekly partner list', async () => {
    const week = await feed('/feed/v1/pdq/changes/2026-W49.txt')
    expect(week.status).toBe(200)
    expect(week.text.split('\n')).toEqual(
      expect.arrayContaining(['CDR62820.xml:added', 'CDR256690.xml:added', 'CDR258102.xml:added', 'CDR520407.xml:added']),
    )
  })

  it('changes nothing and publishes nothing when the same files are imported again', async () => {
    const before = await Promise.all([count('revisions'), count('summaries'), count('references'), count('review-events')])
    const again = await run(sarcomaSet)
    expect(new Set(Object.values(outcomes(again.results)))).toEqual(new Set(['unchanged']))
    expect(await Promise.all([count('revisions'), count('summaries'), count('references'), count('review-events')])).toEqual(before)
  })

  it('sends a changed file to its board for review as a draft, and keeps serving the published text', async () => {
    const original = fs.readFileSync(path.join(fixtures, 'cis/en/62820.xml'), 'utf8')
    const firstSection = original.indexOf('<SummarySection')
    const edited = original.slice(0, firstSection) + original.slice(firstSection).replace(/(<Para id="_\d+">)/, '$1Updated by NCI. ')
    const changed = writeScratch('62820.xml', edited.replace('<DateLastModified>2025-02-21', '<DateLastModified>2025-03-01'))
    const revisionsBefore = await count('revisions')
    const { results } = await run([changed])
    expect(results[0]).toMatchObject({ outcome: 'sent for review' })
    expect(await count('revisions')).toBe(revisionsBefore)
    const payload = await testPayload()
    const summary = await summaryByCdrId('CDR0000062820')
    const review = await payload.find({ collection: 'reviews', where: { docKey: { equals: `summaries:${summary!.id}` } }, depth: 0 })
    expect(review.docs[0]?.state).toBe('in-review')
    expect(JSON.stringify(summary!.sections)).toContain('Updated by NCI.')
    expect((await feed('/feed/v1/pdq/CDR0000062820.xml')).text).not.toContain('Updated by NCI.')
  })

  it('names each broken file with its reason, skips it, and still imports the others', async () => {
    const files = [
      writeScratch('not-well-formed.xml', '<Summary id="CDR0000999991"><SummaryTitle>x</Summary>'),
      writeScratch('wrong-root.xml', '<GlossaryTerm id="CDR0000999992"/>'),
      writeScratch(
        'no-id.xml',
        fs.readFileSync(path.join(fixtures, 'cis/en/62820.xml'), 'utf8').replace('<Summary id="CDR0000062820"', '<Summary'),
      ),
      path.join(fixtures, 'cis/es/256690.xml'),
    ]
    const { results } = await run(files)
    expect(results.map((result) => result.outcome)).toEqual(['failed', 'failed', 'failed', 'unchanged'])
    expect(results[1].detail).toContain('the root element is GlossaryTerm')
    expect(results[2].detail).toMatch(/\bid\b/)
    expect(await summaryByCdrId('CDR0000999991')).toBeUndefined()
  })
})
