import { beforeAll, describe, expect, it } from 'vitest'

import { previewRevision } from '@/review/previewRevision'

import { requestAs, testPayload } from '../helpers/payload'

/**
 * Draft preview builds what a draft would publish with the publication's own code, for staff,
 * without storing anything. Uses ifosfamide, which no other test file touches.
 */
describe('previewing a draft', () => {
  let drugId: number | string

  const revisionCount = async () => (await (await testPayload()).count({ collection: 'revisions', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    const payload = await testPayload()
    const writer = await requestAs('writer@galley.test')
    const { docs } = await payload.find({
      collection: 'drugs',
      where: { slug: { equals: 'ifosfamide' } },
      req: writer,
      user: writer.user,
      overrideAccess: false,
    })
    drugId = docs[0].id
    await payload.update({
      collection: 'drugs',
      id: drugId,
      draft: true,
      data: { drugClass: 'Alkylating agent (preview draft)' },
      req: writer,
      user: writer.user,
      overrideAccess: false,
    })
  })

  it('shows the writer the draft as the next version, with the published version beside it, and stores nothing', async () => {
    const before = await revisionCount()
    const preview = await previewRevision({ req: await requestAs('writer@galley.test'), collection: 'drugs', slug: 'ifosfamide' })
    expect(preview?.kind).toBe('revision')
    if (preview?.kind !== 'revision') return
    expect(preview.revision.content).toMatchObject({ drugClass: 'Alkylating agent (preview draft)' })
    expect(preview.revision.version).toBe((preview.published?.version ?? 0) + 1)
    expect((preview.published?.content as { drugClass: string }).drugClass).not.toBe('Alkylating agent (preview draft)')
    expect(await revisionCount()).toBe(before)
  })

  it('finds nothing for a slug with no document', async () => {
    expect(await previewRevision({ req: await requestAs('writer@galley.test'), collection: 'drugs', slug: 'no-such-drug' })).toBeNull()
  })

  it('lists what stops a draft that links to an unpublished reference', async () => {
    const payload = await testPayload()
    const writer = await requestAs('writer@galley.test')
    const unpublished = await payload.create({
      collection: 'references',
      draft: true,
      data: {
        kind: 'journal-article',
        title: 'A reference still in draft',
        authors: [{ name: 'Doe J' }],
        year: 2024,
        journal: 'J Test',
        lastReviewedAt: '2024-01-15T00:00:00.000Z',
      },
      req: writer,
      user: writer.user,
      overrideAccess: false,
    })
    const { docs } = await payload.find({
      collection: 'drugs',
      where: { slug: { equals: 'afamitresgene-autoleucel' } },
      depth: 0,
      req: writer,
      user: writer.user,
      overrideAccess: false,
    })
    const drug = docs[0]
    const references = [
      ...((drug.references ?? []) as (number | { id: number })[]).map((ref) => (typeof ref === 'object' ? ref.id : ref)),
      unpublished.id,
    ]
    await payload.update({
      collection: 'drugs',
      id: drug.id,
      draft: true,
      data: { references },
      req: writer,
      user: writer.user,
      overrideAccess: false,
    })

    const preview = await previewRevision({ req: writer, collection: 'drugs', slug: 'afamitresgene-autoleucel' })
    expect(preview?.kind).toBe('not-publishable')
    if (preview?.kind !== 'not-publishable') return
    expect(preview.title).toBe('afamitresgene autoleucel')
    expect(preview.issues.map((issue) => issue.message).join(' ')).toContain(
      `references ${unpublished.id} has no published revision to link to`,
    )
  })
})

describe('the preview route', () => {
  it('answers a bad query with 400 in the one error shape, naming each parameter', async () => {
    const { GET } = await import('@/app/(frontend)/preview/route')
    const response = await GET(new Request('http://localhost:3000/preview?collection=users&slug=Not%20A%20Slug'))
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.errors).toEqual([
      { field: 'collection', code: 'invalid-parameter', message: 'collection must be one of: summaries, drugs' },
      { field: 'slug', code: 'invalid-parameter', message: expect.stringMatching(/^slug /) },
    ])
  })
})
