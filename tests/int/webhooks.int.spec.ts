import { randomUUID } from 'node:crypto'

import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals, initTransaction, killTransaction } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { RevisionEvent } from '@/domain/webhooks'

import type { Received } from '../helpers/webhookReceiver'

import { deliveryBodyFor, MAX_ATTEMPTS, verifyWebhook } from '@/domain/webhooks'
import { queueDeliveryAttempt } from '@/webhooks/queueDeliveryAttempt'
import { queueWebhookDeliveries } from '@/webhooks/queueDeliveries'

import { openFeed } from '../helpers/feedClient'
import { login, requestAs, rest, testPayload } from '../helpers/payload'
import { allowWebhookHosts, startReceiver } from '../helpers/webhookReceiver'

describe('webhooks: signed deliveries to a real HTTP receiver, retried through the job queue', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  const tokens: Record<string, string> = {}
  const created: (string | number)[] = []

  const secret = `whsec-${randomUUID()}`
  const eventFor = (overrides: Partial<RevisionEvent> = {}): RevisionEvent => ({
    id: randomUUID(),
    kind: 'published',
    type: 'drugs',
    slug: 'pazopanib',
    version: 7,
    at: new Date().toISOString(),
    url: 'http://localhost:3000/feed/v1/drugs/pazopanib/v7.json',
    ...overrides,
  })

  const subscribe = async (body: Record<string, unknown>) => {
    const response = await rest({ method: 'POST', path: '/webhook-subscriptions', token: tokens.admin, body: { secret, ...body } })
    expect(response.status).toBe(201)
    created.push(response.body.doc.id)
    return response.body.doc as { id: number | string; secret: string }
  }

  /** What the publishing path does: queue the deliveries with the publishing request. */
  const announce = async (event: RevisionEvent) => queueWebhookDeliveries({ req: await requestAs('admin@galley.test'), event })
  const runQueue = async () => (await testPayload()).jobs.run()

  const deliveriesOf = async (eventId: string, token = tokens.admin) =>
    rest({ path: `/webhook-deliveries?where[eventId][equals]=${eventId}&sort=attempt&depth=0`, token })

  const pendingJobsOf = async (eventId: string) => {
    const payload = await testPayload()
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'deliver-webhook' } }, { completedAt: { exists: false } }] },
      limit: 0,
      pagination: false,
    })
    return docs.filter((job) => (job.input as { event?: { id?: string } }).event?.id === eventId)
  }

  const expectSigned = (request: Received, subscriptionSecret = secret) => {
    const verified = verifyWebhook({
      secret: subscriptionSecret,
      timestamp: String(request.headers['galley-timestamp']),
      body: request.body,
      signature: String(request.headers['galley-signature']),
    })
    expect(verified).toEqual({ ok: true })
  }

  beforeAll(async () => {
    receiver = await startReceiver()
    // The receivers listen on 127.0.0.1, which webhooks may reach only because an admin allowed it.
    await allowWebhookHosts(['127.0.0.1'])
    for (const who of ['admin', 'editor', 'writer', 'reviewer1']) tokens[who] = await login(`${who}@galley.test`)
  })

  // Later test files publish too: leave no active subscription pointing at a receiver that is gone.
  afterEach(async () => {
    const payload = await testPayload()
    for (const id of created.splice(0)) {
      await payload.update({ collection: 'webhook-subscriptions', id, data: { active: false }, overrideAccess: true })
    }
    _internal_resetJobSystemGlobals()
  })

  afterAll(async () => {
    await receiver?.close()
  })

  it('POSTs the event as signed JSON with its id, timestamp and signature headers, and logs the attempt', async () => {
    const subscription = await subscribe({ name: 'Partner portal', url: receiver.url('/hooks/ok') })
    const event = eventFor()
    expect(await announce(event)).toEqual({ queued: 1 })
    expect(receiver.at('/hooks/ok')).toHaveLength(0)

    await runQueue()
    const [request] = receiver.at('/hooks/ok')
    expect(receiver.at('/hooks/ok')).toHaveLength(1)
    expect(request.headers['content-type']).toBe('application/json')
    const body = JSON.parse(request.body)
    expect(body).toEqual(deliveryBodyFor({ event }))
    expect(body).toEqual({
      id: event.id,
      type: 'revision.published',
      createdAt: event.at,
      data: { type: 'drugs', slug: 'pazopanib', version: 7, url: event.url },
    })
    // What the feed's schema.json promises subscribers.
    const webhookDelivery = (await openFeed()).validatorFor('WebhookDelivery')
    expect(webhookDelivery(body), JSON.stringify(webhookDelivery.errors)).toBe(true)
    expect(request.headers['galley-event-id']).toBe(body.id)
    expect(Math.abs(Number(request.headers['galley-timestamp']) - Date.now() / 1000)).toBeLessThan(60)
    expect(request.headers['galley-signature']).toMatch(/^v1=[0-9a-f]{64}$/)
    expectSigned(request)
    expect(
      verifyWebhook({
        secret: 'not-the-secret-at-all',
        timestamp: String(request.headers['galley-timestamp']),
        body: request.body,
        signature: String(request.headers['galley-signature']),
      }).ok,
    ).toBe(false)

    const log = await deliveriesOf(event.id)
    expect(log.status).toBe(200)
    expect(log.body.docs).toEqual([
      expect.objectContaining({
        subscription: subscription.id,
        url: receiver.url('/hooks/ok'),
        eventId: event.id,
        eventType: 'revision.published',
        docType: 'drugs',
        slug: 'pazopanib',
        version: 7,
        attempt: 1,
        status: 'succeeded',
        responseStatus: 200,
      }),
    ])
    expect(log.body.docs[0].durationMs).toBeGreaterThanOrEqual(0)
    expect(log.body.docs[0].nextAttemptAt ?? null).toBeNull()
    expect(await pendingJobsOf(event.id)).toHaveLength(0)
  })

  it('retries a failed delivery 30 s later with the same event id, and logs both attempts', async () => {
    await subscribe({ name: 'Flaky partner', url: receiver.url('/hooks/flaky') })
    receiver.plan('/hooks/flaky', [500, 200])
    const event = eventFor({
      kind: 'retired',
      type: 'stages',
      slug: 'stage-iii',
      version: 2,
      url: 'http://localhost:3000/feed/v1/stages/stage-iii/v2.json',
    })
    await announce(event)

    const beforeFirst = Date.now()
    await runQueue()
    const afterFirst = Date.now()
    expect(receiver.at('/hooks/flaky')).toHaveLength(1)

    const failed = (await deliveriesOf(event.id)).body.docs
    expect(failed).toEqual([
      expect.objectContaining({ attempt: 1, status: 'failed', responseStatus: 500, error: 'HTTP 500: receiver down for maintenance' }),
    ])

    // The next attempt is its own job, due 30 s after the failure (retryDelaySeconds(1)).
    const [retry] = await pendingJobsOf(event.id)
    expect(retry).toBeDefined()
    expect(retry.input).toMatchObject({ attempt: 2, event: { id: event.id } })
    const due = Date.parse(retry.waitUntil as string)
    expect(due).toBeGreaterThanOrEqual(beforeFirst + 30_000)
    expect(due).toBeLessThanOrEqual(afterFirst + 30_000)
    expect(Date.parse(failed[0].nextAttemptAt)).toBe(due)

    // Not due yet: running the queue now sends nothing.
    await runQueue()
    expect(receiver.at('/hooks/flaky')).toHaveLength(1)

    // The runner's clock (Payload's own test hook) moved past the due time: the retry goes out.
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(due + 1000)
    await (await testPayload()).jobs.run({ where: { id: { equals: retry.id } } })
    const requests = receiver.at('/hooks/flaky')
    expect(requests).toHaveLength(2)
    expect(requests[1].body).toBe(requests[0].body)
    expect(requests[1].headers['galley-event-id']).toBe(event.id)
    expect(JSON.parse(requests[1].body)).toMatchObject({
      id: event.id,
      type: 'revision.retired',
      data: { type: 'stages', slug: 'stage-iii', version: 2 },
    })
    expectSigned(requests[1])

    const log = await deliveriesOf(event.id)
    expect(
      log.body.docs.map((row: { attempt: number; status: string; responseStatus: number }) => [
        row.attempt,
        row.status,
        row.responseStatus,
      ]),
    ).toEqual([
      [1, 'failed', 500],
      [2, 'succeeded', 200],
    ])
    expect(log.body.docs[1].nextAttemptAt ?? null).toBeNull()
    expect(await pendingJobsOf(event.id)).toHaveLength(0)

    // The log is the admins': the editor is refused.
    const asEditor = await deliveriesOf(event.id, tokens.editor)
    expect(asEditor.status).toBe(403)
  })

  it('logs a subscriber that cannot be reached, and stops after the last attempt', async () => {
    const closed = await startReceiver()
    const unreachable = closed.url('/gone')
    await closed.close()
    const subscription = await subscribe({ name: 'Offline partner', url: unreachable })
    const event = eventFor()
    await announce(event)
    await runQueue()
    const [first] = (await deliveriesOf(event.id)).body.docs
    expect(first).toMatchObject({ attempt: 1, status: 'failed', error: expect.stringMatching(/ECONNREFUSED/) })
    expect(first.responseStatus ?? null).toBeNull()
    expect(await pendingJobsOf(event.id)).toHaveLength(1)

    // The last attempt fails too: logged, and nothing more is queued.
    receiver.plan('/hooks/last', [503])
    const payload = await testPayload()
    await payload.update({
      collection: 'webhook-subscriptions',
      id: subscription.id,
      data: { url: receiver.url('/hooks/last') },
      overrideAccess: true,
    })
    const req = await requestAs('admin@galley.test')
    await queueDeliveryAttempt({ req, subscriptionId: subscription.id, body: deliveryBodyFor({ event }), attempt: MAX_ATTEMPTS })
    await runQueue()
    const rows = (await deliveriesOf(event.id)).body.docs
    expect(rows.at(-1)).toMatchObject({ attempt: MAX_ATTEMPTS, status: 'failed', responseStatus: 503 })
    expect(rows.at(-1).nextAttemptAt ?? null).toBeNull()
    expect((await pendingJobsOf(event.id)).map((job) => (job.input as { attempt: number }).attempt)).toEqual([2])
  })

  it('sends a subscriber only the types it chose, and an inactive one nothing', async () => {
    await subscribe({ name: 'Drug database', url: receiver.url('/hooks/drugs-only'), types: ['drugs'] })
    await subscribe({ name: 'Everything', url: receiver.url('/hooks/everything') })
    await subscribe({ name: 'Paused', url: receiver.url('/hooks/paused'), active: false })

    const stages = eventFor({ type: 'stages', slug: 'stage-ia', url: 'http://localhost:3000/feed/v1/stages/stage-ia/v7.json' })
    expect(await announce(stages)).toEqual({ queued: 1 })
    await runQueue()
    expect(receiver.at('/hooks/drugs-only')).toHaveLength(0)
    expect(receiver.at('/hooks/everything').map((request) => JSON.parse(request.body).id)).toEqual([stages.id])

    const drugs = eventFor()
    expect(await announce(drugs)).toEqual({ queued: 2 })
    await runQueue()
    expect(receiver.at('/hooks/drugs-only').map((request) => JSON.parse(request.body).id)).toEqual([drugs.id])
    expect(receiver.at('/hooks/paused')).toHaveLength(0)
  })

  it('sends nothing when the publishing transaction is rolled back', async () => {
    await subscribe({ name: 'Partner portal', url: receiver.url('/hooks/rolled-back') })
    const req = await requestAs('admin@galley.test')
    expect(await initTransaction(req)).toBe(true)
    expect(await queueWebhookDeliveries({ req, event: eventFor() })).toEqual({ queued: 1 })
    await killTransaction(req)
    await runQueue()
    expect(receiver.at('/hooks/rolled-back')).toHaveLength(0)
  })

  it('keeps subscriptions to admins: everyone else gets 403 for every operation', async () => {
    const subscription = await subscribe({ name: 'Admins only', url: receiver.url('/hooks/admins') })
    const admin = await rest({ path: `/webhook-subscriptions/${subscription.id}`, token: tokens.admin })
    expect(admin.status).toBe(200)
    expect(admin.body.secret).toBe(secret)

    for (const token of [tokens.editor, tokens.writer, tokens.reviewer1, undefined]) {
      expect((await rest({ path: '/webhook-subscriptions', token })).status).toBe(403)
      expect((await rest({ path: `/webhook-subscriptions/${subscription.id}`, token })).status).toBe(403)
      const create = await rest({
        method: 'POST',
        path: '/webhook-subscriptions',
        token,
        body: { name: 'Mine', url: receiver.url('/x'), secret },
      })
      expect(create.status).toBe(403)
      const update = await rest({
        method: 'PATCH',
        path: `/webhook-subscriptions/${subscription.id}`,
        token,
        body: { url: receiver.url('/stolen') },
      })
      expect(update.status).toBe(403)
      expect((await rest({ method: 'DELETE', path: `/webhook-subscriptions/${subscription.id}`, token })).status).toBe(403)
      expect((await rest({ path: '/webhook-deliveries', token })).status).toBe(403)
    }
  })

  it('lets nobody write the delivery log over the API, admins included', async () => {
    const create = await rest({
      method: 'POST',
      path: '/webhook-deliveries',
      token: tokens.admin,
      body: {
        eventId: 'forged',
        eventType: 'revision.published',
        docType: 'drugs',
        slug: 'x',
        version: 1,
        attempt: 1,
        status: 'succeeded',
      },
    })
    expect(create.status).toBe(403)
    const { docs } = (await rest({ path: '/webhook-deliveries?limit=1&depth=0', token: tokens.admin })).body
    expect(docs).toHaveLength(1)
    expect(
      (await rest({ method: 'PATCH', path: `/webhook-deliveries/${docs[0].id}`, token: tokens.admin, body: { status: 'failed' } })).status,
    ).toBe(403)
    expect((await rest({ method: 'DELETE', path: `/webhook-deliveries/${docs[0].id}`, token: tokens.admin })).status).toBe(403)
  })

  it('answers 400 naming `url` for a URL that is not http(s), and `secret` for a short secret', async () => {
    for (const url of ['ftp://partner.example.org/hooks', 'partner.example.org/hooks', 'javascript:alert(1)']) {
      const response = await rest({
        method: 'POST',
        path: '/webhook-subscriptions',
        token: tokens.admin,
        body: { name: 'Bad', url, secret },
      })
      expect(response.status).toBe(400)
      expect(response.body.errors[0].data.errors).toEqual([
        { path: 'url', message: 'url must be an absolute http:// or https:// URL', label: expect.anything() },
      ])
    }
    const short = await rest({
      method: 'POST',
      path: '/webhook-subscriptions',
      token: tokens.admin,
      body: { name: 'Short', url: receiver.url('/x'), secret: 'short' },
    })
    expect(short.status).toBe(400)
    expect(short.body.errors[0].data.errors[0]).toMatchObject({ path: 'secret', message: 'secret must be at least 16 characters' })
  })
})
