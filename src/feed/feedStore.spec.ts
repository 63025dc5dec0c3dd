import { describe, expect, it } from 'vitest'

import type { RevisionRow } from './feedStore'

import { publishDemo } from '@/domain/revisions/seedDocuments.fixture'

import { FeedStore } from './feedStore'

const publishedAt = Date.parse('2026-01-05T09:30:00.000Z')
const revisions = publishDemo({ now: new Date(publishedAt) }).slice(0, 5)
const row = (seq: number): RevisionRow => ({ seq, revision: revisions[seq - 1] })

const storeWith = (seqs: number[], now: number) => {
  const store = new FeedStore(async () => [], 'https://galley.example')
  store.add(seqs.map(row), now)
  return store
}
const eventIds = (store: FeedStore) => store.events.map((event) => event.id)

describe('FeedStore.add', () => {
  it('serves rows that continue the sequence', () => {
    const store = storeWith([1, 2, 3], publishedAt)
    expect(eventIds(store)).toEqual(['1', '2', '3'])
    expect(store.lastSeq).toBe(3)
  })

  it('holds back the rows after a missing id while its publication may still be committing, then takes them all in order', () => {
    // Row 3's publication inserted first but commits last (PostgreSQL): 4 and 5 are readable before it.
    const store = storeWith([1, 2, 4, 5], publishedAt + 1_000)
    expect(eventIds(store)).toEqual(['1', '2'])
    expect(store.latest(revisions[3].type, revisions[3].slug)).toBeUndefined()

    store.add([row(3), row(4), row(5)], publishedAt + 2_000)
    expect(eventIds(store)).toEqual(['1', '2', '3', '4', '5'])
    expect(store.lastSeq).toBe(5)
  })

  it('serves the rows after an id that stayed missing for GAP_GRACE_MS: that publication rolled back', () => {
    const store = storeWith([1, 2, 4, 5], publishedAt + FeedStore.GAP_GRACE_MS + 1)
    expect(eventIds(store)).toEqual(['1', '2', '4', '5'])
  })

  it('does not wait on a gap older than GAP_GRACE_MS when it first fills (a restart)', () => {
    const store = storeWith([2, 3], publishedAt + FeedStore.GAP_GRACE_MS + 1)
    expect(eventIds(store)).toEqual(['2', '3'])
  })
})

describe('FeedStore.refresh', () => {
  it('shares one database read among requests that find the store stale at the same moment', async () => {
    let reads = 0
    const store = new FeedStore(async () => {
      reads += 1
      return [row(1), row(2)]
    }, 'https://galley.example')
    await Promise.all([store.refresh(), store.refresh(), store.refreshIfStale()])
    expect([reads, store.lastSeq]).toEqual([1, 2])
  })

  it('reads again once the shared read has finished', async () => {
    let reads = 0
    const store = new FeedStore(async () => {
      reads += 1
      return []
    }, 'https://galley.example')
    await store.refresh()
    await store.refresh()
    expect(reads).toBe(2)
  })
})
