import { describe, expect, it } from 'vitest'

import type { FeedClient } from '../helpers/feedClient'
import type { Model, ModelDoc, Step } from '../helpers/feedModel'
import type { ReviewClient } from '../helpers/reviewClient'

import { expectInSequence, openFeed, summarize } from '../helpers/feedClient'
import {
  applyStep,
  changeTypeFor,
  describeStep,
  expectedPublished,
  expectedStatus,
  nextStep,
  textFor,
  UNAPPROVED,
} from '../helpers/feedModel'
import { reviewClient, testSlugPrefix } from '../helpers/reviewClient'
import { seededRandom, seedFrom } from '../helpers/seededRandom'

/**
 * Property test of the feed: a random run of the review workflow (create, edit, submit, approve or
 * request changes, publish, retire, edit after approval, publish too early) over a few new drugs.
 * After every step the feed must show exactly what the model says was approved and published, and
 * never a draft. A failure names its seed: FEED_MODEL_SEED=<seed> replays the same run.
 */

const seed = seedFrom(process.env.FEED_MODEL_SEED)
const STEPS = 60
const prefix = testSlugPrefix('model')

/** Takes one step through the API, checks Galley's answer against the model, and updates the model. */
const takeStep = async ({ review, model, step, n }: { review: ReviewClient; model: Model; step: Step; n: number }) => {
  if (step.type === 'create') {
    const slug = `${prefix}${model.docs.length + 1}`
    const text = textFor({ slug, step: n, unapproved: false })
    const created = await review.create({ name: `Feed model ${model.docs.length + 1}`, slug, ...text })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    model.docs.push({
      id: created.body.doc.id,
      slug,
      state: 'draft',
      intent: 'publish',
      draft: text,
      unapproved: false,
      votes: {},
      versions: [],
    })
    return
  }
  const doc: ModelDoc = model.docs[step.doc]
  const text = step.type === 'edit' ? textFor({ slug: doc.slug, step: n, unapproved: step.unapproved }) : undefined
  const answer =
    step.type === 'edit'
      ? await review.edit(doc.id, text!)
      : step.type === 'submit'
        ? await review.submit(doc.id, { intent: step.intent, changeType: changeTypeFor(doc) })
        : step.type === 'vote'
          ? await review.vote(step.reviewer, doc.id, step.decision)
          : await review.publish(doc.id)
  expect(answer.status, JSON.stringify(answer.body)).toBe(expectedStatus(doc, step))
  if (answer.status !== 200) return
  applyStep(doc, step, model, text)
  // The review endpoints answer the review as it now stands (an edit answers the document).
  if (step.type !== 'edit') expect(answer.body.state, 'review state').toBe(doc.state)
}

/** Everything a partner can read about the model's documents agrees with the model. */
const expectFeedToMatch = async (feed: FeedClient, model: Model) => {
  expect(await feed.publishedState({ type: 'drugs', prefix }), 'index.json and latest URLs').toEqual(expectedPublished(model))
  for (const doc of model.docs) {
    expect((await feed.readVersions('drugs', doc.slug)).map(summarize), `${doc.slug}: numbered versions`).toEqual(doc.versions)
    if (doc.versions.length === 0)
      expect((await feed.get(`/feed/v1/drugs/${doc.slug}.json`)).status, `${doc.slug} was never published`).toBe(404)
  }
  const { events } = await feed.readChanges({ limit: 7 })
  expectInSequence(events)
  const ours = events.filter((event) => event.slug.startsWith(prefix)).map((event) => `${event.slug} v${event.version} ${event.kind}`)
  expect(ours, 'changes.json').toEqual(model.events)
  await feed.get('/feed/v1/changes.atom')
}

describe('the feed as a model of what the boards approved', () => {
  it(`shows after every step exactly what was approved and published, and never a draft (FEED_MODEL_SEED=${seed})`, async () => {
    const review = await reviewClient()
    const feed = await openFeed()
    feed.forbid(UNAPPROVED)
    const random = seededRandom(seed)
    const model: Model = { docs: [], events: [] }
    const taken: string[] = []

    try {
      for (let n = 1; n <= STEPS; n++) {
        const step = nextStep({ model, random })
        taken.push(`${n}. ${describeStep(model, step)}`)
        await takeStep({ review, model, step, n })
        await expectFeedToMatch(feed, model)
      }
    } catch (error) {
      if (error instanceof Error)
        error.message = `FEED_MODEL_SEED=${seed} replays this run. Steps:\n${taken.join('\n')}\n\n${error.message}`
      throw error
    }
  })

  it('keeps out of the feed the draft of a document retired before it was ever published', async () => {
    const review = await reviewClient()
    const feed = await openFeed()
    feed.forbid(UNAPPROVED)
    const slug = `${testSlugPrefix('retire-unpublished')}1`
    const created = await review.create({ name: 'Never published', slug, ...textFor({ slug, step: 0, unapproved: true }) })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    // The board agrees to take it down. Galley may refuse that (there is nothing published to retire),
    // when it is submitted or when it is carried out; it must not publish the draft instead.
    const submitted = await review.submit(id, { intent: 'retire', changeType: 'new' })
    if (submitted.status === 200) {
      expect((await review.vote('reviewer1', id, 'approve')).status).toBe(200)
      expect((await review.vote('reviewer2', id, 'approve')).status).toBe(200)
      expect([200, 409]).toContain((await review.publish(id)).status)
    } else {
      expect(submitted.status).toBe(409)
    }

    expect((await feed.get(`/feed/v1/drugs/${slug}.json`)).status).toBe(404)
    expect(await feed.readVersions('drugs', slug)).toEqual([])
    expect(await feed.publishedState({ type: 'drugs', prefix: slug })).toEqual({})
  })
})
