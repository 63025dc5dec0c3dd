import { describe, expect, it } from 'vitest'

import { login, requestAs, rest, testPayload } from '../helpers/payload'

describe('seeded content, read by a writer over REST', () => {
  it('lists the patient treatment summary with its sections and key points', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ path: '/summaries?depth=0&where[slug][equals]=adult-soft-tissue-sarcoma-treatment-patient', token })
    expect(response.status).toBe(200)
    const [summary] = response.body.docs
    expect(response.body.docs).toHaveLength(1)
    expect(summary.audience).toBe('patient')
    expect(summary.sections.length).toBeGreaterThanOrEqual(8)
    expect(summary.sections.every((section: { keyPoints: unknown[] }) => section.keyPoints.length > 0)).toBe(true)
  })

  it('stores citations inline in the summary body, pointing at references', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ path: '/summaries?depth=0&where[slug][equals]=adult-soft-tissue-sarcoma-treatment-patient', token })
    const body = JSON.stringify(response.body.docs[0].sections.map((section: { body: unknown }) => section.body))
    const citations = body.match(/"blockType":"citation"/g) ?? []
    expect(citations.length).toBeGreaterThanOrEqual(10)
  })

  it('lists both staging systems with six stages each', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ path: '/stages?limit=100&depth=0', token })
    const codesBySystem: Record<string, string[]> = {}
    for (const stage of response.body.docs as { system: string; code: string }[]) {
      ;(codesBySystem[stage.system] ??= []).push(stage.code)
    }
    expect(Object.keys(codesBySystem).sort()).toEqual(['retroperitoneum', 'trunk-extremities'])
    for (const codes of Object.values(codesBySystem)) {
      expect(codes.sort()).toEqual(['IA', 'IB', 'II', 'IIIA', 'IIIB', 'IV'])
    }
  })

  it('gives every stage treatment options', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ path: '/stages?limit=100&depth=1', token })
    for (const stage of response.body.docs) {
      expect(stage.treatmentOptions.length, stage.title).toBeGreaterThan(0)
      expect(typeof stage.treatmentOptions[0].treatment.name).toBe('string')
    }
  })

  it('lists at least ten treatments', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ path: '/treatments?limit=100', token })
    expect(response.body.totalDocs).toBeGreaterThanOrEqual(10)
  })

  it('lists pazopanib among at least fifteen drugs, with brand name and class', async () => {
    const token = await login('writer@galley.test')
    const all = await rest({ path: '/drugs?limit=100', token })
    expect(all.body.totalDocs).toBeGreaterThanOrEqual(15)
    const response = await rest({ path: '/drugs?where[slug][equals]=pazopanib', token })
    const [pazopanib] = response.body.docs
    expect(pazopanib.brandNames.map((brand: { name: string }) => brand.name)).toContain('Votrient')
    expect(pazopanib.drugClass).toMatch(/kinase inhibitor/i)
  })

  it('lists at least twelve references, each with lastReviewedAt and an NLM citation', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ path: '/references?limit=100', token })
    expect(response.body.totalDocs).toBeGreaterThanOrEqual(12)
    for (const reference of response.body.docs) {
      expect(reference.lastReviewedAt, reference.title).toMatch(/^\d{4}-\d{2}-\d{2}/)
      expect(reference.citation, reference.title).toContain(String(reference.year))
    }
  })

  it('puts the demo content under the Adult Treatment Editorial Board', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ path: '/drugs?where[slug][equals]=pazopanib&depth=1', token })
    expect(response.body.docs[0].board.name).toBe('Adult Treatment Editorial Board')
  })

  it('refuses anonymous reads of content over REST (the public reads the feed)', async () => {
    const response = await rest({ path: '/drugs' })
    expect(response.status).toBe(403)
  })
})

describe('writing content', () => {
  it('gives a writer’s new drug the default board and keeps it a draft', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({
      method: 'POST',
      path: '/drugs?depth=1',
      token,
      body: { name: 'Olaratumab', drugClass: 'Monoclonal antibody (PDGFR-α)' },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.slug).toBe('olaratumab')
    expect(response.body.doc._status).toBe('draft')
    expect(response.body.doc.board.name).toBe('Adult Treatment Editorial Board')
  })

  it('refuses content writes by a reviewer', async () => {
    const token = await login('reviewer1@galley.test')
    const response = await rest({ method: 'POST', path: '/drugs', token, body: { name: 'Anything', drugClass: 'x' } })
    expect(response.status).toBe(403)
  })

  it('keeps a section’s id when sections are reordered', async () => {
    const payload = await testPayload()
    const req = await requestAs('writer@galley.test')
    const { docs } = await payload.find({
      collection: 'summaries',
      where: { slug: { equals: 'adult-soft-tissue-sarcoma-treatment-patient' } },
      req,
      overrideAccess: false,
      depth: 0,
    })
    const summary = docs[0]
    const ids = summary.sections!.map((section) => section.id)
    const reordered = [...summary.sections!].reverse()
    const saved = await payload.update({
      collection: 'summaries',
      id: summary.id,
      data: { sections: reordered },
      draft: true,
      req,
      overrideAccess: false,
    })
    expect(saved.sections!.map((section) => section.id)).toEqual([...ids].reverse())
  })
})
