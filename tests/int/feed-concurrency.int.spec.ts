import { describe, expect, it } from 'vitest'

import type { RestResponse } from '../helpers/payload'
import type { VersionSummary } from '../helpers/feedClient'
import type { ReviewClient } from '../helpers/reviewClient'

import { expectInSequence, openFeed, summarize } from '../helpers/feedClient'
import { reviewClient, testSlugPrefix } from '../helpers/reviewClient'

/**
 * Editors publishing at the same moment. Whatever the database, a partner must see each document's
 * versions 1, 2, 3 … once each and each event once, in order; a publish that cannot run now must be
 * refused with a status and a message (never a 500), change nothing, and succeed when tried again;
 * and a publish that answered 200 must be in the feed.
 */

const prefix = testSlugPrefix('concurrency')

type Doc = { id: number; slug: string }

const createDrafts = async (review: ReviewClient, label: string, count: number): Promise<Doc[]> => {
  const docs: Doc[] = []
  for (let n = 1; n <= count; n++) {
    const slug = `${prefix}${label}-${n}`
    const created = await review.create({
      name: `Concurrency ${label} ${n}`,
      slug,
      drugClass: `${slug} class 1`,
      mechanism: `${slug} mechanism 1`,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    docs.push({ id: created.body.doc.id, slug })
  }
  return docs
}

/** A refusal a client can act on: a 4xx or 503 that says why. A 500 is not one. */
const refusedCleanly = (response: RestResponse) =>
  ((response.status >= 400 && response.status < 500) || response.status === 503) &&
  typeof response.body?.errors?.[0]?.message === 'string' &&
  response.body.errors[0].message !== 'Something went wrong.'

const describeResponse = (response: RestResponse) => `${response.status} ${JSON.stringify(response.body?.errors ?? response.body?.state)}`

describe('publishing at the same moment', () => {
  it('gives different documents published together their next version once each, or refuses cleanly and publishes on retry', async () => {
    const review = await reviewClient()
    const feed = await openFeed()
    const { nextCursor: start } = await feed.readChanges()
    const docs = await createDrafts(review, 'wave', 4)
    const expected: Record<string, VersionSummary[]> = Object.fromEntries(docs.map((doc) => [doc.slug, []]))

    const versionsOf = async (doc: Doc) => (await feed.readVersions('drugs', doc.slug)).map(summarize)

    // Three waves: every document's first version, then its second, then a third that retires half of them.
    for (const wave of [1, 2, 3]) {
      const intents = docs.map((_, index) => (wave === 3 && index % 2 === 1 ? 'retire' : 'publish'))
      for (const [index, doc] of docs.entries()) {
        if (wave > 1 && intents[index] === 'publish') {
          expect(
            (await review.edit(doc.id, { drugClass: `${doc.slug} class ${wave}`, mechanism: `${doc.slug} mechanism ${wave}` })).status,
          ).toBe(200)
        }
        await review.approve(doc.id, { intent: intents[index], changeType: wave === 1 ? 'new' : 'minor-change' })
      }
      const next = (index: number): VersionSummary => {
        const { slug } = docs[index]
        const version = expected[slug].length + 1
        return intents[index] === 'retire'
          ? { version, kind: 'retired' }
          : { version, kind: 'published', drugClass: `${slug} class ${wave}`, mechanism: `${slug} mechanism ${wave}` }
      }

      const answers = await Promise.all(docs.map((doc) => review.publish(doc.id)))

      const refused = answers.flatMap((answer, index) => (answer.status === 200 ? [] : [index]))
      for (const index of refused) {
        const doc = docs[index]
        expect
          .soft(
            refusedCleanly(answers[index]),
            `wave ${wave}, ${doc.slug}: a refused publish answers 4xx/503 with a reason, got ${describeResponse(answers[index])}`,
          )
          .toBe(true)
        // Nothing half-written: still approved, and the feed still has only the earlier versions.
        expect(await review.state(doc.id), `${doc.slug} after its refused publish`).toBe('approved')
        expect(await versionsOf(doc), `${doc.slug} after its refused publish`).toEqual(expected[doc.slug])
      }
      for (const index of refused) {
        const retried = await review.publish(docs[index].id)
        expect(retried.status, `wave ${wave}, retrying ${docs[index].slug}: ${describeResponse(retried)}`).toBe(200)
      }
      docs.forEach((doc, index) => expected[doc.slug].push(next(index)))

      // Every publish that answered 200 is what the partner now sees: no more, no less.
      for (const [index, doc] of docs.entries()) {
        expect(await review.state(doc.id), `${doc.slug} after wave ${wave}, its publish answered 200`).toBe(
          intents[index] === 'retire' ? 'retired' : 'published',
        )
        expect(await versionsOf(doc), `${doc.slug} after wave ${wave}`).toEqual(expected[doc.slug])
      }
    }

    const { events } = await feed.readChanges({ since: start, limit: 5 })
    expectInSequence(events)
    const mine = events.filter((event) => event.slug.startsWith(`${prefix}wave-`))
    for (const doc of docs) {
      const versions = mine.filter((event) => event.slug === doc.slug).map((event) => [event.version, event.kind])
      expect(versions, `${doc.slug}: each version announced once, in order`).toEqual(
        expected[doc.slug].map((summary) => [summary.version, summary.kind]),
      )
    }
    expect(mine).toHaveLength(docs.length * 3)
  })

  it('publishes an approved change once when two editors press Publish at the same moment', async () => {
    const review = await reviewClient()
    const feed = await openFeed()
    const [doc] = await createDrafts(review, 'twice', 1)
    await review.approve(doc.id, { changeType: 'new' })

    const answers = await Promise.all([review.publish(doc.id), review.publish(doc.id), review.publish(doc.id)])

    const statuses = answers.map(describeResponse)
    expect
      .soft(
        answers.filter((answer) => answer.status === 200),
        `one publish succeeds: ${statuses}`,
      )
      .toHaveLength(1)
    expect
      .soft(answers.filter((answer) => answer.status !== 200).every(refusedCleanly), `the others are refused with a reason: ${statuses}`)
      .toBe(true)
    const versions = (await feed.readVersions('drugs', doc.slug)).map(summarize)
    expect(versions, `one approval, one version (answers: ${statuses})`).toEqual([
      { version: 1, kind: 'published', drugClass: `${doc.slug} class 1`, mechanism: `${doc.slug} mechanism 1` },
    ])
    const { events } = await feed.readChanges({ limit: 500 })
    expect(events.filter((event) => event.slug === doc.slug)).toHaveLength(1)
  })
})
