import { describe, expect, it } from 'vitest'

import type { ChangeEvent } from '@/domain/feed'
import type { PublishedState } from '../helpers/feedClient'

import { verifyRevision } from '@/domain/revisions'

import { testPayload } from '../helpers/payload'
import { openFeed, shown, summarize } from '../helpers/feedClient'
import { reviewClient, testSlugPrefix } from '../helpers/reviewClient'

/**
 * A partner keeping a mirror in sync the way the README tells it to: poll changes.json with the
 * stored nextCursor, download each event's numbered revision, repeat. Galley publishes and retires
 * while it polls; after one last poll the mirror must be exactly what index.json and the latest URLs
 * say, and no event may have come twice.
 */

const prefix = testSlugPrefix('partner')

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

const oneAfterAnother = async <T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = []
  for (const item of items) results.push(await run(item))
  return results
}

describe('a partner syncing from changes.json while documents are published', () => {
  it('ends with a mirror equal to the published feed, every event seen once and every version in order', async () => {
    const review = await reviewClient()
    const feed = await openFeed()
    // SQLite has one writer per process: there the publications of a wave go one after another
    // (feed-concurrency.int.spec.ts covers publishing at once); PostgreSQL commits them together,
    // possibly out of row-id order, which is what a partner's cursor must survive.
    const sqlite = (await testPayload()).db.name === 'sqlite'

    // The partner: its stored cursor, the event ids it has applied, and its copy of each document.
    let cursor = (await feed.readChanges()).nextCursor
    const applied = new Set<string>()
    const mirror: Record<string, PublishedState> = {}
    const apply = async (event: ChangeEvent) => {
      expect(applied.has(event.id), `event ${event.id} (${event.slug} v${event.version}) came twice`).toBe(false)
      applied.add(event.id)
      if (!event.slug.startsWith(prefix)) return
      expect(event.version, `${event.slug}: versions arrive in order, none skipped`).toBe((mirror[event.slug]?.version ?? 0) + 1)
      const download = await feed.get(`/feed/v1/${event.type}/${event.slug}/v${event.version}.json`)
      expect(download.status, shown(download)).toBe(200)
      expect(verifyRevision({ revision: download.json }).ok).toBe(true)
      const { version, kind, drugClass, mechanism } = summarize(download.json)
      expect(kind).toBe(event.kind)
      mirror[event.slug] = kind === 'retired' ? { version, retired: true } : { version, retired: false, drugClass, mechanism }
    }
    /** One poll: a page of at most 3 events; answers how many there were. */
    const poll = async () => {
      const page = await feed.get(`/feed/v1/changes.json?limit=3&since=${cursor}`)
      expect(page.status, shown(page)).toBe(200)
      for (const event of page.json.events) await apply(event)
      cursor = page.json.nextCursor
      return page.json.events.length as number
    }

    // Galley: six new drugs, then three waves of publications, one of which retires a drug.
    const docs: { id: number; slug: string }[] = []
    for (let n = 1; n <= 6; n++) {
      const slug = `${prefix}${n}`
      const created = await review.create({
        name: `Partner sync ${n}`,
        slug,
        drugClass: `${slug} class 1`,
        mechanism: `${slug} mechanism 1`,
      })
      expect(created.status).toBe(201)
      docs.push({ id: created.body.doc.id, slug })
    }
    const expected: Record<string, PublishedState> = {}
    const waves: { slug: string; intent: 'publish' | 'retire'; text?: number }[][] = [
      docs.map(({ slug }) => ({ slug, intent: 'publish', text: 1 })),
      [...docs.slice(0, 4).map(({ slug }) => ({ slug, intent: 'publish' as const, text: 2 })), { slug: docs[4].slug, intent: 'retire' }],
      [docs[0], docs[2], docs[5]].map(({ slug }) => ({ slug, intent: 'publish', text: 3 })),
    ]

    let publishing = true
    // Polls until Galley is done; a failed check ends it, and is reported once publishing stops.
    const partner = (async () => {
      while (publishing) {
        await poll()
        await tick()
      }
    })().catch((error: unknown) => error)

    try {
      for (const wave of waves) {
        for (const { slug, intent, text } of wave) {
          const { id } = docs.find((doc) => doc.slug === slug)!
          if (text && text > 1)
            expect((await review.edit(id, { drugClass: `${slug} class ${text}`, mechanism: `${slug} mechanism ${text}` })).status).toBe(200)
          await review.approve(id, { intent, changeType: text === 1 ? 'new' : 'minor-change' })
        }
        const publish = ({ slug }: { slug: string }) => review.publish(docs.find((doc) => doc.slug === slug)!.id)
        const answers = sqlite ? await oneAfterAnother(wave, publish) : await Promise.all(wave.map(publish))
        expect(answers.map((answer) => answer.status)).toEqual(wave.map(() => 200))
        for (const { slug, intent, text } of wave) {
          const version = (expected[slug]?.version ?? 0) + 1
          expected[slug] =
            intent === 'retire'
              ? { version, retired: true }
              : { version, retired: false, drugClass: `${slug} class ${text}`, mechanism: `${slug} mechanism ${text}` }
        }
      }
    } finally {
      publishing = false
    }
    const failure = await partner
    if (failure) throw failure

    // The last poll, to the end of the log.
    while ((await poll()) > 0);
    expect(mirror).toEqual(expected)
    expect(mirror).toEqual(await feed.publishedState({ type: 'drugs', prefix }))
  })
})
