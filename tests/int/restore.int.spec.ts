import type { Json } from '../helpers/json'
import { beforeAll, describe, expect, it } from 'vitest'

import { openFeed } from '../helpers/feedClient'
import { login, rest } from '../helpers/payload'
import { reviewClient, testSlugPrefix, type ReviewClient } from '../helpers/reviewClient'

const prefix = testSlugPrefix('restore')
const slug = `${prefix}drug`
let client: ReviewClient
let writerToken: string
let id: number

/** Publishes what the draft holds now, through the board. */
const publishDraft = async (changeType = 'minor-change') => {
  await client.approve(id, { changeType })
  expect((await client.publish(id)).status).toBe(200)
}

beforeAll(async () => {
  client = await reviewClient()
  writerToken = await login('writer@galley.test')
  const created = await client.create({ name: 'restorable', slug, drugClass: 'First class', mechanism: 'first text' })
  id = created.body.doc.id
  await publishDraft('new')
  expect((await client.edit(id, { drugClass: 'Second class' })).status).toBe(200)
  await publishDraft()
})

describe('restoring an earlier version (POST /api/{collection}/versions/{id})', () => {
  it('saves that version’s content as a draft for review, recorded as the writer’s edit, and publishes nothing', async () => {
    const versions = await rest({ path: `/drugs/versions?where[parent][equals]=${id}&sort=createdAt&limit=100`, token: writerToken })
    expect(versions.status).toBe(200)
    const first = versions.body.docs.find(
      (version: Json) => version.version.drugClass === 'First class' && version.version._status === 'published',
    )
    expect(first).toBeDefined()

    const restored = await rest({ method: 'POST', path: `/drugs/versions/${first.id}`, token: writerToken })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    expect(restored.body.drugClass).toBe('First class')

    const draft = await rest({ path: `/drugs/${id}?draft=true`, token: writerToken })
    expect(draft.body.drugClass).toBe('First class')
    const published = await rest({ path: `/drugs/${id}`, token: writerToken })
    expect(published.body).toMatchObject({ _status: 'published', drugClass: 'Second class' })

    const review = await rest({ path: `/drugs/${id}/review`, token: writerToken })
    expect(review.body.state).toBe('draft')
    const last = review.body.history.at(-1)
    expect(last).toMatchObject({ action: 'edit', toState: 'draft', actedAs: { name: expect.any(String), email: 'writer@galley.test' } })

    const feed = await openFeed()
    expect((await feed.get(`/feed/v1/drugs/${slug}.json`)).json).toMatchObject({ version: 2, content: { drugClass: 'Second class' } })
  })

  it('publishes the restored content as the next version once the board approves it', async () => {
    await publishDraft()
    const feed = await openFeed()
    const versions = await feed.readVersions('drugs', slug)
    expect(versions.map((revision) => [revision.version, revision.content.drugClass])).toEqual([
      [1, 'First class'],
      [2, 'Second class'],
      [3, 'First class'],
    ])
  })

  it('refuses a reviewer, who cannot edit content', async () => {
    const versions = await rest({ path: `/drugs/versions?where[parent][equals]=${id}&limit=1`, token: writerToken })
    const reviewerToken = await login('reviewer1@galley.test')
    const refused = await rest({ method: 'POST', path: `/drugs/versions/${versions.body.docs[0].id}`, token: reviewerToken })
    expect(refused.status).toBe(403)
  })
})
