import type { Json } from '../helpers/json'
import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { openFeed } from '../helpers/feedClient'
import { login, requestAs, rest, testPayload } from '../helpers/payload'
import { reviewClient, testSlugPrefix, type ReviewClient } from '../helpers/reviewClient'

const prefix = testSlugPrefix('deletion')
let client: ReviewClient
let adminToken: string

const graphql = async (query: string, token: string) => {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ query }),
  })
  return (await (await GRAPHQL_POST(config)(request)).json()) as { data?: Json; errors?: { message: string }[] }
}

/** A new drug, approved by the board and published by the editor: version 1 is in the feed. */
const publishedDrug = async (name: string) => {
  const created = await client.create({ name, slug: `${prefix}${name}`, drugClass: 'Kinase inhibitor', mechanism: `${name} text` })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  await client.approve(id, { changeType: 'new' })
  expect((await client.publish(id)).status).toBe(200)
  return id
}

const exists = async (id: number) => (await rest({ path: `/drugs/${id}?draft=true`, token: adminToken })).status === 200

const reviewHistory = async (id: number) =>
  (await rest({ path: `/drugs/${id}/review`, token: adminToken })).body.history.map((event: { action: string }) => event.action)

beforeAll(async () => {
  client = await reviewClient()
  adminToken = await login('admin@galley.test')
})

describe('a document ever published cannot be deleted', () => {
  it('refuses an admin’s REST DELETE with a 409 that says to retire it, and the feed keeps serving it', async () => {
    const id = await publishedDrug('restdel')
    const response = await rest({ method: 'DELETE', path: `/drugs/${id}`, token: adminToken })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/is published \(version 1 is in the public feed\), so it cannot be deleted/)
    expect(response.body.errors[0].message).toMatch(/submit it for retirement/)
    expect(await exists(id)).toBe(true)
    const feed = await openFeed()
    const latest = await feed.get(`/feed/v1/drugs/${prefix}restdel.json`)
    expect(latest.status).toBe(200)
  })

  it('refuses the GraphQL mutation, the Local API with a user, and a bulk delete', async () => {
    const id = await publishedDrug('doorsdel')
    const viaGraphql = await graphql(`mutation { deleteDrug(id: ${id}) { id } }`, adminToken)
    expect(viaGraphql.errors?.[0]?.message).toMatch(/cannot be deleted/)

    const payload = await testPayload()
    const req = await requestAs('admin@galley.test')
    await expect(payload.delete({ collection: 'drugs', id, req, overrideAccess: false })).rejects.toMatchObject({ status: 409 })

    const bulk = await rest({ method: 'DELETE', path: `/drugs?where[slug][equals]=${prefix}doorsdel`, token: adminToken })
    expect(bulk.status).toBe(409)
    expect(bulk.body.errors[0].message).toMatch(/cannot be deleted/)
    expect(await exists(id)).toBe(true)
  })

  it('refuses deleting a retired drug: its history stays in the feed under its slug', async () => {
    const id = await publishedDrug('retireddel')
    await client.approve(id, { intent: 'retire', changeType: 'major-change' })
    expect((await client.publish(id)).body.state).toBe('retired')
    const response = await rest({ method: 'DELETE', path: `/drugs/${id}`, token: adminToken })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/retired \(version 2\), so it cannot be deleted/)
    expect(await exists(id)).toBe(true)
  })
})

describe('a never-published draft can be deleted, and nothing of it is inherited', () => {
  it('gives the next drug a new id, a review history of its own and version 1 of its own slug', async () => {
    const draft = await client.create({ name: 'gonedraft', slug: `${prefix}gonedraft`, drugClass: 'x', mechanism: 'never published' })
    const draftId = draft.body.doc.id as number
    expect((await client.submit(draftId, { changeType: 'new' })).status).toBe(200)

    const deleted = await rest({ method: 'DELETE', path: `/drugs/${draftId}`, token: adminToken })
    expect(deleted.status).toBe(200)
    expect(await exists(draftId)).toBe(false)

    const payload = await testPayload()
    const reviewRows = await payload.find({ collection: 'reviews', where: { docKey: { equals: `drugs:${draftId}` } } })
    expect(reviewRows.docs).toEqual([])
    const trail = await payload.find({ collection: 'review-events', where: { docKey: { equals: `drugs:${draftId}` } }, sort: 'createdAt' })
    expect(trail.docs.map((event) => event.action)).toEqual(['edit', 'submit', 'delete'])

    const nextId = await publishedDrug('afterdraft')
    expect(nextId).toBeGreaterThan(draftId)
    expect(await reviewHistory(nextId)).toEqual(['edit', 'submit', 'vote', 'vote', 'publish'])

    const feed = await openFeed()
    const versions = await feed.readVersions('drugs', `${prefix}afterdraft`)
    expect(versions.map((revision) => [revision.version, revision.documentId, revision.previousHash])).toEqual([[1, String(nextId), null]])
  })

  it('never gives a deleted drug’s id to the next one, even when it was the newest row', async () => {
    const payload = await testPayload()
    const req = await requestAs('admin@galley.test')
    const first = await payload.create({
      collection: 'drugs',
      data: { name: 'idprobe1', slug: `${prefix}idprobe1`, drugClass: 'x' } as never,
      req,
      overrideAccess: false,
    })
    await payload.delete({ collection: 'drugs', id: first.id, req, overrideAccess: false })
    const second = await payload.create({
      collection: 'drugs',
      data: { name: 'idprobe2', slug: `${prefix}idprobe2`, drugClass: 'x' } as never,
      req,
      overrideAccess: false,
    })
    expect(second.id).toBeGreaterThan(first.id)
    expect(await reviewHistory(second.id)).toEqual(['edit'])
  })
})
