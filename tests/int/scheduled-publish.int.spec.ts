import { _internal_jobSystemGlobals } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { login, rest, testPayload } from '../helpers/payload'

/**
 * Scheduled publishing through Payload's job queue: an editor publishes an approved change "at" a
 * time; the queued job publishes it once due, and publishes nothing if the change moved on since.
 * The tests run the queue themselves (`payload.jobs.run()`), as the cron of `npm start` does every minute,
 * and move the job queue's clock (Payload's `getCurrentDate`, which the job hands to the review) instead
 * of waiting for the real one.
 */
describe('scheduled publishing over REST and the job queue', () => {
  const tokens: Record<string, string> = {}
  const as = (who: string) => tokens[who]

  const drugId = async (slug: string): Promise<number> =>
    (await rest({ path: `/drugs?where[slug][equals]=${slug}`, token: as('editor') })).body.docs[0].id
  const publishedClass = async (id: number) => (await rest({ path: `/drugs/${id}`, token: as('editor') })).body.drugClass
  const review = async (id: number) => (await rest({ path: `/drugs/${id}/review`, token: as('editor') })).body
  const post = (who: string, id: number, path: string, body: unknown) =>
    rest({ method: 'POST', path: `/drugs/${id}/${path}`, token: as(who), body })

  /** Drafts a new drug class, submits it and has two board members approve it. */
  const approveChange = async (id: number, drugClass: string) => {
    expect((await rest({ method: 'PATCH', path: `/drugs/${id}?draft=true`, token: as('writer'), body: { drugClass } })).status).toBe(200)
    expect((await post('writer', id, 'submit', { changeType: 'minor-change', note: 'Clearer drug class' })).status).toBe(200)
    await post('reviewer1', id, 'vote', { decision: 'approve' })
    const approved = await post('reviewer2', id, 'vote', { decision: 'approve' })
    expect(approved.body.state).toBe('approved')
  }

  const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()

  const realClock = _internal_jobSystemGlobals.getCurrentDate
  afterEach(() => {
    _internal_jobSystemGlobals.getCurrentDate = realClock
  })
  /** From now on the job queue believes it is `iso` plus a second. */
  const moveQueueClockPast = (iso: string) => {
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.parse(iso) + 1000)
  }

  const runQueue = async () => (await testPayload()).jobs.run()

  /** The job queued for the drug's publication (read as the system; the API shows jobs to admins only). */
  const jobFor = async (id: number) => {
    const payload = await testPayload()
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'publish-scheduled' } },
      limit: 0,
      pagination: false,
    })
    return docs.find((job) => (job.input as { id?: string }).id === String(id))
  }

  beforeAll(async () => {
    for (const who of ['writer', 'editor', 'admin', 'reviewer1', 'reviewer2']) tokens[who] = await login(`${who}@galley.test`)
  })

  it('publishes an approved change when it is due, by the system, and not before', async () => {
    const id = await drugId('imatinib')
    const original = await publishedClass(id)
    await approveChange(id, 'Tyrosine kinase inhibitor (KIT, PDGFRA)')

    const past = await post('editor', id, 'publish', { at: '2020-01-01T00:00:00Z' })
    expect(past.status).toBe(400)
    expect(past.body.errors).toEqual([
      { field: 'at', code: 'invalid-parameter', message: 'at must be in the future (leave it out to publish now)' },
    ])

    const at = secondsFromNow(3600)
    const scheduled = await post('editor', id, 'publish', { at })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body).toMatchObject({ state: 'approved', scheduledFor: at })
    expect((await review(id)).scheduledFor).toBe(at)

    await runQueue()
    expect(await publishedClass(id)).toBe(original)
    expect((await review(id)).state).toBe('approved')

    moveQueueClockPast(at)
    await runQueue()
    expect(await publishedClass(id)).toBe('Tyrosine kinase inhibitor (KIT, PDGFRA)')
    const done = await review(id)
    expect(done).toMatchObject({ state: 'published', scheduledFor: null })
    expect(done.history.at(-1)).toMatchObject({
      action: 'run-scheduled-publish',
      actor: null,
      actorRoles: ['system'],
      fromState: 'approved',
      toState: 'published',
    })
    expect(done.history.at(-2)).toMatchObject({ action: 'publish', fromState: 'approved', toState: 'approved' })

    const job = await jobFor(id)
    expect(job).toMatchObject({ hasError: false, input: { collection: 'drugs', id: String(id), round: 1 } })
    expect(job?.completedAt).toBeTruthy()
    expect(job?.log?.[0]?.output).toEqual({ outcome: 'published' })
  })

  it('publishes nothing when the change was edited after it was scheduled, and records the job as skipped', async () => {
    const id = await drugId('sunitinib')
    const original = await publishedClass(id)
    await approveChange(id, 'Multitargeted kinase inhibitor')

    const at = secondsFromNow(3600)
    expect((await post('editor', id, 'publish', { at })).status).toBe(200)
    const edit = await rest({
      method: 'PATCH',
      path: `/drugs/${id}?draft=true`,
      token: as('writer'),
      body: { drugClass: 'Kinase inhibitor, second thoughts' },
    })
    expect(edit.status).toBe(200)
    expect(await review(id)).toMatchObject({ state: 'in-review', round: 2, scheduledFor: null })

    moveQueueClockPast(at)
    await runQueue()
    expect(await publishedClass(id)).toBe(original)
    const after = await review(id)
    expect(after).toMatchObject({ state: 'in-review', round: 2 })
    expect(after.history.map((event: { action: string }) => event.action)).not.toContain('run-scheduled-publish')

    const job = await jobFor(id)
    expect(job).toMatchObject({ hasError: false, totalTried: 1 })
    expect(job?.completedAt).toBeTruthy()
    expect(job?.log?.[0]?.output).toMatchObject({ outcome: 'skipped', reason: expect.stringMatching(/no longer approved/) })
  })

  it('lets only editors and admins schedule (a writer gets 403)', async () => {
    const id = await drugId('regorafenib')
    const response = await post('writer', id, 'publish', { at: secondsFromNow(3600) })
    expect(response.status).toBe(403)
  })

  it('answers 400 naming `at` when it is not a date-time', async () => {
    const id = await drugId('regorafenib')
    for (const at of ['tomorrow', '2026-04-01T09:00', 42]) {
      const response = await post('editor', id, 'publish', { at })
      expect(response.status).toBe(400)
      expect(response.body.errors[0]).toMatchObject({ field: 'at', code: 'invalid-parameter' })
    }
  })

  it('keeps the job queue to admins: no one else reads, writes or runs it over REST', async () => {
    for (const who of ['writer', 'editor']) {
      expect((await rest({ path: '/payload-jobs', token: as(who) })).status).toBe(403)
      expect((await rest({ path: '/payload-jobs/run', token: as(who) })).status).toBe(401)
    }
    expect((await rest({ path: '/payload-jobs' })).status).toBe(403)
    expect((await rest({ path: '/payload-jobs', token: as('admin') })).status).toBe(200)
    const create = await rest({
      method: 'POST',
      path: '/payload-jobs',
      token: as('admin'),
      body: { taskSlug: 'publish-scheduled', input: {} },
    })
    expect(create.status).toBe(403)
  })
})
