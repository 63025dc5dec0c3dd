import { beforeAll, describe, expect, it } from 'vitest'

import type { FeedClient } from '../helpers/feedClient'

import { openFeed } from '../helpers/feedClient'
import { login, rest } from '../helpers/payload'
import { testSlugPrefix } from '../helpers/reviewClient'

/**
 * The submit note is the board's internal note; readers are told only the optional public note.
 * A change goes through review and publication here, and the internal note must appear nowhere a
 * partner or a reader can look: the revision, index.json, changes.json and the Atom feed.
 */

const INTERNAL = 'Citation replaced with NCCN Guidelines v2.2022 per Dr. Reyes'
const PUBLIC = 'Clarified how the drug works.'
const prefix = testSlugPrefix('notes')
const tokens: Record<string, string> = {}
let feed: FeedClient

const post = (who: string, id: number, action: string, body: unknown) =>
  rest({ method: 'POST', path: `/drugs/${id}/${action}`, token: tokens[who], body })

beforeAll(async () => {
  for (const who of ['writer', 'editor', 'reviewer1', 'reviewer2']) tokens[who] = await login(`${who}@galley.test`)
  feed = await openFeed()
  feed.forbid(INTERNAL)
})

describe('the note to the board stays internal', () => {
  it('publishes the public note and never the internal one, and keeps every note of every round for the board', async () => {
    const slug = `${prefix}1`
    const created = await rest({
      method: 'POST',
      path: '/drugs',
      token: tokens.writer,
      body: { name: 'Notes test drug', slug, drugClass: 'Kinase inhibitor', mechanism: 'Blocks a kinase.' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number

    expect((await post('writer', id, 'submit', { changeType: 'new', note: 'First try' })).status).toBe(200)
    expect((await post('reviewer1', id, 'vote', { decision: 'request-changes', comment: 'Say how it works' })).status).toBe(200)
    const edited = await rest({
      method: 'PATCH',
      path: `/drugs/${id}?draft=true`,
      token: tokens.writer,
      body: { mechanism: 'Blocks KIT.' },
    })
    expect(edited.status).toBe(200)
    const resubmitted = await post('writer', id, 'submit', { changeType: 'new', note: INTERNAL, publicNote: PUBLIC })
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200)
    expect(resubmitted.body).toMatchObject({ note: INTERNAL, publicNote: PUBLIC })

    expect((await post('reviewer1', id, 'vote', { decision: 'approve' })).status).toBe(200)
    expect((await post('reviewer2', id, 'vote', { decision: 'approve' })).status).toBe(200)
    expect((await post('editor', id, 'publish', {})).status).toBe(200)

    const latest = await feed.get(`/feed/v1/drugs/${slug}.json`)
    expect(latest.status).toBe(200)
    expect(latest.json).toMatchObject({ version: 1, publicNote: PUBLIC })
    expect(latest.json).not.toHaveProperty('note')
    for (const url of [
      '/feed/v1/index.json',
      '/feed/v1/changes.json?limit=500',
      '/feed/v1/changes.atom',
      `/feed/v1/drugs/${slug}/v1.json`,
    ]) {
      expect((await feed.get(url)).status, url).toBe(200) // the forbidden-text check runs on every answer
    }

    const view = await rest({ path: `/drugs/${id}/review`, token: tokens.editor })
    const submissions = view.body.history.filter((event: { action: string }) => event.action === 'submit')
    expect(submissions.map((event: { comment: string; publicNote: string | null }) => [event.comment, event.publicNote])).toEqual([
      ['First try', null],
      [INTERNAL, PUBLIC],
    ])
  })

  it('refuses a public note that is not text, naming publicNote', async () => {
    const slug = `${prefix}2`
    const created = await rest({
      method: 'POST',
      path: '/drugs',
      token: tokens.writer,
      body: { name: 'Notes test drug 2', slug, drugClass: 'Kinase inhibitor', mechanism: 'Blocks a kinase.' },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const refused = await post('writer', created.body.doc.id, 'submit', { changeType: 'new', note: 'n', publicNote: { text: 'x' } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('publicNote must be a string')
  })
})
