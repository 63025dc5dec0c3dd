import { afterAll, describe, expect, it } from 'vitest'

import { login, rest, testPayload } from '../helpers/payload'

/** Drafts these tests create, deleted afterwards so other test files see the demo as seeded. */
const createdIds: number[] = []

const englishSummary = async (token: string) => {
  const { body } = await rest({ path: '/summaries?where[slug][equals]=adult-soft-tissue-sarcoma-treatment-patient&limit=1&depth=0', token })
  return body.docs[0] as { id: number; slug: string; title: string; sections: unknown[] }
}

describe('Create Spanish translation (POST /api/summaries/:id/translate)', () => {
  afterAll(async () => {
    const payload = await testPayload()
    for (const id of createdIds) await payload.delete({ collection: 'summaries', id, overrideAccess: true })
  })

  it('makes a Spanish draft linked to the English summary, which is not public', async () => {
    const token = await login('writer@galley.test')
    const source = await englishSummary(token)
    const created = await rest({ method: 'POST', path: `/summaries/${source.id}/translate`, token })
    expect(created.status).toBe(201)
    expect(created.body.message).toMatch(/draft/)
    const draft = created.body.doc
    createdIds.push(draft.id)
    expect(draft).toMatchObject({ language: 'es', translationOf: source.id, _status: 'draft', slug: `${source.slug}-es` })
    expect(draft.sections).toHaveLength(source.sections.length)
    // Nothing of it is public until its board approves it.
    expect((await rest({ path: `/summaries/${draft.id}` })).status).not.toBe(200)
    const revisions = await rest({ path: `/revisions?where[slug][equals]=${draft.slug}`, token: await login('admin@galley.test') })
    expect(revisions.body.totalDocs).toBe(0)

    // A second one is refused, naming the first.
    const again = await rest({ method: 'POST', path: `/summaries/${source.id}/translate`, token })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toContain(`(id ${draft.id})`)

    // A Spanish summary is not translated again.
    const fromSpanish = await rest({ method: 'POST', path: `/summaries/${draft.id}/translate`, token })
    expect(fromSpanish.status).toBe(409)
    expect(fromSpanish.body.errors[0]).toMatchObject({ field: 'language' })
  })

  it('is refused to a reviewer, who does not write content', async () => {
    const token = await login('reviewer1@galley.test')
    const source = await englishSummary(await login('writer@galley.test'))
    const refused = await rest({ method: 'POST', path: `/summaries/${source.id}/translate`, token })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/Only writers, editors and admins/)
  })

  it('answers 404 for a summary that does not exist or an id that is not one', async () => {
    const token = await login('writer@galley.test')
    expect((await rest({ method: 'POST', path: '/summaries/999999/translate', token })).status).toBe(404)
    expect((await rest({ method: 'POST', path: '/summaries/7abc/translate', token })).status).toBe(404)
  })

  it('is refused to an anonymous caller', async () => {
    const source = await englishSummary(await login('writer@galley.test'))
    expect((await rest({ method: 'POST', path: `/summaries/${source.id}/translate` })).status).toBe(401)
  })
})
