import type { AddressInfo } from 'node:net'

import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'

import { _internal_resetJobSystemGlobals } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { deliveryBodyFor } from '@/domain/webhooks'
import { postDelivery } from '@/webhooks/postDelivery'
import { queueWebhookDeliveries } from '@/webhooks/queueDeliveries'

import { login, requestAs, rest, testPayload } from '../helpers/payload'
import { allowWebhookHosts, startReceiver } from '../helpers/webhookReceiver'

/**
 * Server-side request forgery: a subscription must not make Galley POST to its own machine, its
 * private network or a metadata service, neither by the URL an admin saves nor by what a name
 * resolves to when the delivery goes out, unless an admin allowed the host by name.
 */
describe('webhooks: internal targets refused at save and at delivery', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let port: number
  const tokens: Record<string, string> = {}
  const secret = `whsec-${randomUUID()}`
  const created: (string | number)[] = []

  const event = () => ({
    id: randomUUID(),
    kind: 'published' as const,
    type: 'drugs' as const,
    slug: 'pazopanib',
    version: 3,
    at: new Date().toISOString(),
    url: 'http://localhost:3000/feed/v1/drugs/pazopanib/v3.json',
  })

  const subscribe = (url: string) =>
    rest({ method: 'POST', path: '/webhook-subscriptions', token: tokens.admin, body: { name: 'Partner', url, secret } })

  beforeAll(async () => {
    receiver = await startReceiver()
    port = Number(new URL(receiver.url('/')).port)
    for (const who of ['admin', 'editor']) tokens[who] = await login(`${who}@galley.test`)
  })

  beforeEach(async () => {
    await allowWebhookHosts([])
  })

  afterEach(async () => {
    const payload = await testPayload()
    for (const id of created.splice(0))
      await payload.update({ collection: 'webhook-subscriptions', id, data: { active: false }, overrideAccess: true })
    await allowWebhookHosts([])
    _internal_resetJobSystemGlobals()
  })

  afterAll(async () => {
    await receiver?.close()
  })

  it.each([
    ['http://127.0.0.1:9/hooks', '127.0.0.1 is a loopback address (this machine)'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a cloud metadata service'],
    ['http://[::1]:8080/', '::1 is a loopback address (this machine)'],
    ['http://[::ffff:127.0.0.1]/', 'is a loopback address (this machine)'],
    ['http://10.0.0.7/hooks', '10.0.0.7 is a private network address'],
    ['http://192.168.1.20/hooks', '192.168.1.20 is a private network address'],
    ['http://100.64.0.1/hooks', '100.64.0.1 is a carrier-grade NAT address (100.64.0.0/10)'],
    ['http://2130706433/hooks', '127.0.0.1 is a loopback address (this machine)'],
    ['http://0x7f000001/hooks', '127.0.0.1 is a loopback address (this machine)'],
    ['http://0.0.0.0:9/hooks', '0.0.0.0 is an unspecified address (this machine)'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata.google.internal is a cloud metadata service'],
    ['http://localhost:9/hooks', 'localhost is a loopback address (this machine)'],
  ])('refuses %s with 400 naming url', async (url, reason) => {
    const response = await subscribe(url)
    expect(response.status).toBe(400)
    const [error] = response.body.errors[0].data.errors
    expect(error.path).toBe('url')
    expect(error.message).toContain('url must not point at an internal address')
    expect(error.message).toContain(reason)
  })

  it('accepts an internal host an admin allowed by name, and only that host', async () => {
    await allowWebhookHosts(['127.0.0.1'])
    const allowed = await subscribe(receiver.url('/hooks/allowed'))
    expect(allowed.status).toBe(201)
    created.push(allowed.body.doc.id)
    expect((await subscribe(`http://127.0.0.2:${port}/hooks`)).status).toBe(400)
  })

  it('keeps the allow-list to admins: other staff neither see nor change it', async () => {
    await allowWebhookHosts(['partner.internal'])
    const asAdmin = await rest({ path: '/globals/editorial-settings', token: tokens.admin })
    expect(asAdmin.body.webhookAllowedHosts).toEqual(['partner.internal'])
    const asEditor = await rest({ path: '/globals/editorial-settings', token: tokens.editor })
    expect(asEditor.status).toBe(200)
    expect(asEditor.body).not.toHaveProperty('webhookAllowedHosts')
    const update = await rest({
      method: 'POST',
      path: '/globals/editorial-settings',
      token: tokens.editor,
      body: { webhookAllowedHosts: ['10.0.0.1'] },
    })
    expect(update.status).toBe(403)
  })

  it('answers 400 naming webhookAllowedHosts for an entry that is a URL rather than a host', async () => {
    const response = await rest({
      method: 'POST',
      path: '/globals/editorial-settings',
      token: tokens.admin,
      body: { webhookAllowedHosts: ['http://10.0.0.5/hooks'] },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({
      path: 'webhookAllowedHosts',
      message: expect.stringMatching(/^webhookAllowedHosts: .* is not a host name or IP address/),
    })
  })

  it('refuses at delivery a host that is no longer allowed (localhost, saved while allowed): nothing reaches the receiver', async () => {
    await allowWebhookHosts(['localhost'])
    const saved = await subscribe(`http://localhost:${port}/hooks/was-allowed`)
    expect(saved.status).toBe(201)
    created.push(saved.body.doc.id)
    await allowWebhookHosts(['127.0.0.1'])

    const sent = event()
    await queueWebhookDeliveries({ req: await requestAs('admin@galley.test'), event: sent })
    await (await testPayload()).jobs.run()

    expect(receiver.at('/hooks/was-allowed')).toHaveLength(0)
    // Only this subscription's deliveries: subscriptions other test files left active get the event too.
    const log = await rest({
      path: `/webhook-deliveries?where[eventId][equals]=${sent.id}&where[subscription][equals]=${saved.body.doc.id}&depth=0`,
      token: tokens.admin,
    })
    expect(log.body.docs).toEqual([
      expect.objectContaining({ status: 'failed', error: expect.stringContaining('refused: localhost is a loopback address') }),
    ])
    expect(log.body.docs[0].responseStatus ?? null).toBeNull()
  })

  it('judges a name by the address it resolves to, and connects to that checked address (no rebinding)', async () => {
    const body = JSON.stringify(deliveryBodyFor({ event: event() }))
    const toLoopback = async () => [{ address: '127.0.0.1', family: 4 }]
    const refused = await postDelivery({
      url: `http://partner.example.org:${port}/hooks/rebound`,
      secret,
      eventId: '1',
      body,
      resolve: toLoopback,
    })
    expect(refused).toMatchObject({
      delivered: false,
      error: expect.stringContaining('refused: partner.example.org resolves to 127.0.0.1, a loopback address'),
    })
    expect(receiver.at('/hooks/rebound')).toHaveLength(0)

    // One internal answer among public ones is enough to refuse.
    const mixed = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ]
    const refusedMixed = await postDelivery({
      url: `http://partner.example.org:${port}/hooks/rebound`,
      secret,
      eventId: '1',
      body,
      resolve: mixed,
    })
    expect(refusedMixed.error).toContain('partner.example.org resolves to 10.1.2.3, a private network address')

    // Allowed by name: the request goes to the address the resolver gave, with the URL's Host.
    const delivered = await postDelivery({
      url: `http://partner.example.org:${port}/hooks/rebound`,
      secret,
      eventId: '1',
      body,
      resolve: toLoopback,
      allowedHosts: ['partner.example.org'],
    })
    expect(delivered).toMatchObject({ delivered: true, responseStatus: 200 })
    expect(receiver.at('/hooks/rebound').map((request) => request.headers.host)).toEqual([`partner.example.org:${port}`])
  })

  it('follows no redirect, and keeps only a short, sanitized excerpt of the answer', async () => {
    const internal = createServer((request, response) => {
      if (request.url === '/redirect') {
        response.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end()
        return
      }
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end(`secret-token=abc123\r\n\u001b[31m${'x'.repeat(10_000)}`)
    })
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(internal.address() as AddressInfo).port}`
    try {
      const body = JSON.stringify(deliveryBodyFor({ event: event() }))
      const redirected = await postDelivery({ url: `${base}/redirect`, secret, eventId: '1', body, allowedHosts: ['127.0.0.1'] })
      expect(redirected).toMatchObject({ delivered: false, responseStatus: 302 })

      const failed = await postDelivery({ url: `${base}/big`, secret, eventId: '1', body, allowedHosts: ['127.0.0.1'] })
      expect(failed.responseStatus).toBe(500)
      const excerpt = (failed.error as string).replace(/^HTTP 500: /, '')
      expect(excerpt.length).toBeLessThanOrEqual(200)
      expect(excerpt.startsWith('secret-token=abc123 [31mxxx')).toBe(true)
      // eslint-disable-next-line no-control-regex
      expect(excerpt).not.toMatch(/[\u0000-\u001f]/)
    } finally {
      await new Promise<void>((resolve) => internal.close(() => resolve()))
    }
  })
})
