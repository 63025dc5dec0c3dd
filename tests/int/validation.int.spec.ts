import { describe, expect, it } from 'vitest'

import type { Json } from '../helpers/json'

import { login, requestAs, rest, testPayload } from '../helpers/payload'

const reference = {
  kind: 'journal-article',
  title: 'A trial that checks validation',
  authors: [{ name: 'Doe J' }],
  journal: 'J Clin Oncol',
  year: 2020,
  lastReviewedAt: '2026-01-15',
}

const errorPaths = (body: Json): string[] =>
  (body.errors ?? []).flatMap((error: Json) => (error.data?.errors ?? []).map((item: Json) => item.path))

describe('bad input gets a 4xx that names the field', () => {
  it('answers 400 naming pmid for PMID "abc"', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ method: 'POST', path: '/references', token, body: { ...reference, pmid: 'abc' } })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toEqual(['pmid'])
    expect(JSON.stringify(response.body)).toMatch(/PMID must contain digits only/)
  })

  it('answers 400 naming doi for a DOI that does not start with 10.', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ method: 'POST', path: '/references', token, body: { ...reference, doi: '11.1/x' } })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toEqual(['doi'])
  })

  it('answers 400 naming pmid for a PMID another reference already has', async () => {
    const token = await login('writer@galley.test')
    const existing = await rest({ path: '/references?where[pmid][exists]=true&limit=1', token })
    const pmid = existing.body.docs[0].pmid
    const response = await rest({ method: 'POST', path: '/references', token, body: { ...reference, pmid } })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('pmid')
  })

  it('stores a valid reference with its NLM citation', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({
      method: 'POST',
      path: '/references',
      token,
      body: { ...reference, title: 'A valid one', volume: '38', issue: '2', pages: '101-110', pmid: '99999999' },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.citation).toBe('Doe J. A valid one. J Clin Oncol. 2020;38(2):101-110. PMID: 99999999.')
  })

  it('answers 400 for malformed JSON and stores nothing', async () => {
    const token = await login('writer@galley.test')
    const before = await rest({ path: '/references?limit=0', token })
    const response = await rest({ method: 'POST', path: '/references', token, rawBody: '{"title": "broken",' })
    expect(response.status).toBe(400)
    const after = await rest({ path: '/references?limit=0', token })
    expect(after.body.totalDocs).toBe(before.body.totalDocs)
  })

  it('answers 400 naming slug when a slug would change', async () => {
    const token = await login('writer@galley.test')
    const existing = await rest({ path: '/drugs?where[slug][equals]=pazopanib', token })
    const response = await rest({
      method: 'PATCH',
      path: `/drugs/${existing.body.docs[0].id}?draft=true`,
      token,
      body: { slug: 'pazopanib-2' },
    })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toEqual(['slug'])
  })

  it('answers 400 naming quorum when a board could never reach it', async () => {
    const token = await login('admin@galley.test')
    const boards = await rest({ path: '/boards?where[slug][equals]=supportive-palliative-care', token })
    const response = await rest({ method: 'PATCH', path: `/boards/${boards.body.docs[0].id}`, token, body: { quorum: 3 } })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toEqual(['quorum'])
  })

  it('answers 400 naming criteria for a stage that overlaps another of its system', async () => {
    const payload = await testPayload()
    const req = await requestAs('writer@galley.test')
    const { docs } = await payload.find({
      collection: 'stages',
      where: { slug: { equals: 'trunk-extremities-iiia' } },
      req,
      overrideAccess: false,
    })
    const iiia = docs[0]
    const token = await login('writer@galley.test')
    const criteria = iiia.criteria!.map(({ id: _id, ...row }) => ({ ...row, sizeMaxCm: 11 }))
    const response = await rest({ method: 'PATCH', path: `/stages/${iiia.id}?draft=true`, token, body: { criteria } })
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toContain('criteria')
    expect(JSON.stringify(response.body)).toMatch(/overlaps stage IIIB/)
  })

  it('leaves the stored document unchanged after a refused write', async () => {
    const token = await login('writer@galley.test')
    const before = await rest({ path: '/drugs?where[slug][equals]=pazopanib&draft=true', token })
    const id = before.body.docs[0].id
    await rest({ method: 'PATCH', path: `/drugs/${id}?draft=true`, token, body: { drugClass: 'Changed', slug: 'nope' } })
    const after = await rest({ path: `/drugs/${id}?draft=true`, token })
    expect(after.body.drugClass).toBe(before.body.docs[0].drugClass)
  })
})
