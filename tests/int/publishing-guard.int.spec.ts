import { describe, expect, it } from 'vitest'

import { login, requestAs, rest, testPayload } from '../helpers/payload'

const publishedClass = async (slug: string) => {
  const token = await login('editor@galley.test')
  const response = await rest({ path: `/drugs?where[slug][equals]=${slug}`, token })
  return response.body.docs[0] as { id: number; drugClass: string; _status: string }
}

describe('nothing is published without Galley’s approval path', () => {
  it('refuses a writer’s REST PATCH with _status published and leaves the published drug unchanged', async () => {
    const before = await publishedClass('sunitinib')
    const token = await login('writer@galley.test')
    const response = await rest({
      method: 'PATCH',
      path: `/drugs/${before.id}`,
      token,
      body: { drugClass: 'Unreviewed class', _status: 'published' },
    })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/approval of the responsible editorial board/)
    expect((await publishedClass('sunitinib')).drugClass).toBe(before.drugClass)
  })

  it('keeps a plain PATCH without _status as a draft, so the published drug is unchanged', async () => {
    const before = await publishedClass('regorafenib')
    const token = await login('writer@galley.test')
    const response = await rest({ method: 'PATCH', path: `/drugs/${before.id}`, token, body: { drugClass: 'Draft only' } })
    expect(response.status).toBe(200)
    expect((await publishedClass('regorafenib')).drugClass).toBe(before.drugClass)
    const draft = await rest({ path: `/drugs/${before.id}?draft=true`, token })
    expect(draft.body.drugClass).toBe('Draft only')
  })

  it('refuses a bulk unpublish (the list view’s Unpublish) with the reason, and the drug stays published', async () => {
    const before = await publishedClass('pazopanib')
    const token = await login('editor@galley.test')
    const response = await rest({ method: 'PATCH', path: `/drugs?where[id][equals]=${before.id}`, token, body: { _status: 'draft' } })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/changed one at a time/)
    const after = await rest({ path: `/drugs/${before.id}?draft=true`, token })
    expect(after.body._status).toBe('published')
  })

  it('refuses a bulk edit of several reviewed documents, which would skip their boards', async () => {
    const token = await login('writer@galley.test')
    const response = await rest({ method: 'PATCH', path: `/drugs?where[slug][exists]=true`, token, body: { drugClass: 'Bulk' } })
    expect(response.status).toBe(403)
    const drafts = await rest({ path: `/drugs?draft=true&where[drugClass][equals]=Bulk`, token })
    expect(drafts.body.totalDocs).toBe(0)
  })

  it('refuses an editor publishing through the Local API with a user', async () => {
    const payload = await testPayload()
    const req = await requestAs('editor@galley.test')
    const before = await publishedClass('sorafenib')
    await expect(
      payload.update({
        collection: 'drugs',
        id: before.id,
        data: { drugClass: 'Editor shortcut', _status: 'published' },
        req,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await publishedClass('sorafenib')).drugClass).toBe(before.drugClass)
  })

  it('refuses restoring an old version through the Local API, which cannot restore as a draft, and leaves the published drug unchanged', async () => {
    const payload = await testPayload()
    const req = await requestAs('editor@galley.test')
    const drug = await publishedClass('imatinib')
    const versions = await payload.findVersions({
      collection: 'drugs',
      where: { parent: { equals: drug.id } },
      req,
      overrideAccess: false,
    })
    await expect(
      payload.restoreVersion({ collection: 'drugs', id: versions.docs[0].id, req, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/restored as a draft only/) })
    expect(await publishedClass('imatinib')).toEqual(drug)
  })

  it('refuses a writer creating a published drug through the Local API', async () => {
    const payload = await testPayload()
    const req = await requestAs('writer@galley.test')
    await expect(
      payload.create({
        collection: 'drugs',
        // no board: the default board is filled in by a hook
        data: { name: 'Straight to public', drugClass: 'x', _status: 'published' } as never,
        req,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
