import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'

import type { Revision } from '@/domain/revisions'

import type { MetaRow } from './PublishedStore'

import { listingOf } from '@/domain/published'
import { publishDemo } from '@/domain/revisions/seedDocuments.fixture'

import { PublishedStore } from './PublishedStore'
import { storeOfRevisions } from './storeOfRevisions.fixture'

const publishedAt = Date.parse('2026-01-05T09:30:00.000Z')
const demo = publishDemo({ now: new Date(publishedAt) })
const revisions = demo.slice(0, 5)
const row = (sequence: number): MetaRow => {
  const revision = revisions[sequence - 1]
  return { sequence, hash: revision.hash, size: 100, listing: listingOf(revision) }
}
const noBodies = async () => Buffer.alloc(0)

const storeWith = (sequences: number[], now: number) => {
  const store = new PublishedStore({ loadMeta: async () => [], loadBody: noBodies, origin: 'https://galley.example' })
  store.add(sequences.map(row), now)
  return store
}
const eventIds = (store: PublishedStore) => store.events.map((event) => event.id)

const summary = demo.find((revision) => revision.type === 'summaries')!

/** `count` versions of the demo summary (165 KB each), each with its own hash. */
const versionsOfSummary = (count: number): Revision[] =>
  Array.from({ length: count }, (_, index) => ({
    ...summary,
    version: index + 1,
    note: `Edit ${index + 1}`,
    hash: `sha256:${crypto.createHash('sha256').update(String(index)).digest('hex')}`,
  }))

describe('PublishedStore.add', () => {
  it('serves rows that continue the sequence', () => {
    const store = storeWith([1, 2, 3], publishedAt)
    expect(eventIds(store)).toEqual(['1', '2', '3'])
    expect(store.lastSequence).toBe(3)
  })

  it('holds back the rows after a missing sequence number while its publication may still be committing, then takes them all in order', () => {
    const store = storeWith([1, 2, 4, 5], publishedAt + 1_000)
    expect(eventIds(store)).toEqual(['1', '2'])
    expect(store.latest(revisions[3].type, revisions[3].slug)).toBeUndefined()

    store.add([row(3), row(4), row(5)], publishedAt + 2_000)
    expect(eventIds(store)).toEqual(['1', '2', '3', '4', '5'])
    expect(store.lastSequence).toBe(5)
  })

  it('serves the rows after a number that stayed missing for GAP_GRACE_MS: that publication rolled back', () => {
    const store = storeWith([1, 2, 4, 5], publishedAt + PublishedStore.GAP_GRACE_MS + 1)
    expect(eventIds(store)).toEqual(['1', '2', '4', '5'])
  })

  it('does not wait on a gap older than GAP_GRACE_MS when it first fills (a restart)', () => {
    const store = storeWith([2, 3], publishedAt + PublishedStore.GAP_GRACE_MS + 1)
    expect(eventIds(store)).toEqual(['2', '3'])
  })
})

describe('PublishedStore.refresh', () => {
  it('shares one database read among requests that find the store stale at the same moment', async () => {
    let reads = 0
    const store = new PublishedStore({
      loadMeta: async () => {
        reads += 1
        return [row(1), row(2)]
      },
      loadBody: noBodies,
      origin: 'https://galley.example',
    })
    await Promise.all([store.refresh(), store.refresh(), store.refreshIfStale()])
    expect([reads, store.lastSequence]).toEqual([1, 2])
  })

  it('reads again once the shared read has finished', async () => {
    let reads = 0
    const store = new PublishedStore({
      loadMeta: async () => {
        reads += 1
        return []
      },
      loadBody: noBodies,
      origin: 'https://galley.example',
    })
    await store.refresh()
    await store.refresh()
    expect(reads).toBe(2)
  })

  it('fills itself from metadata alone: no revision body is read until one is asked for', async () => {
    const { store, reads } = storeOfRevisions({ revisions: demo })
    await store.refresh()
    store.indexPage(1)
    expect([store.revisionCount, reads.bodies]).toEqual([demo.length, 0])
  })
})

describe('PublishedStore memory', () => {
  it('holds no more body bytes than its budget after 200 versions of a 165 KB summary were published and read', async () => {
    const budget = 2 * 1024 * 1024
    const versions = versionsOfSummary(200)
    const { store } = storeOfRevisions({ revisions: versions, cacheBytes: budget })
    await store.refresh()
    let most = 0
    let served = 0
    for (let n = 1; n <= 200; n++) {
      const body = await store.body(store.version(summary.type, summary.slug, n)!)
      served += body.length
      most = Math.max(most, store.cachedBytes)
    }
    expect(served).toBeGreaterThan(30 * 1024 * 1024)
    expect(most).toBeLessThanOrEqual(budget)
    expect(store.revisionCount).toBe(200)
  })

  it('reads a cached revision once, however often it is asked for', async () => {
    const { store, reads } = storeOfRevisions({ revisions: demo })
    await store.refresh()
    const latest = store.latest(summary.type, summary.slug)!
    await Promise.all([store.body(latest), store.body(latest)])
    await store.revision(latest)
    expect(reads.bodies).toBe(1)
  })

  it('reads an evicted old version again from the database, byte for byte the same', async () => {
    const versions = versionsOfSummary(20)
    const { store, reads } = storeOfRevisions({ revisions: versions, cacheBytes: 400 * 1024 })
    await store.refresh()
    const first = await store.body(store.version(summary.type, summary.slug, 1)!)
    for (let n = 2; n <= 20; n++) await store.body(store.version(summary.type, summary.slug, n)!)
    const again = await store.body(store.version(summary.type, summary.slug, 1)!)
    expect([reads.bodies, again.equals(first)]).toEqual([21, true])
  })
})

describe('PublishedStore.indexPage', () => {
  it('serializes each page once per published state, and afresh after a publication', async () => {
    const { store, rows } = storeOfRevisions({ revisions: demo.slice(0, -1) })
    await store.refresh()
    const before = store.indexPage(1)
    expect(store.indexPage(1)).toBe(before)
    const last = demo.at(-1)!
    store.add([{ sequence: rows.length + 1, hash: last.hash, size: 1, listing: listingOf(last) }])
    const after = store.indexPage(1)
    expect(after).not.toBe(before)
    expect(JSON.parse(String(after!.body)).documents).toHaveLength(demo.length)
  })

  it('has no page past the last', async () => {
    const { store } = storeOfRevisions({ revisions: demo })
    await store.refresh()
    expect(store.indexPage(2)).toBeNull()
  })
})
