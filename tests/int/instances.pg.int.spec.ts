import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { GalleyServer } from '../helpers/galleyServer'

import { startGalley, tokenOf } from '../helpers/galleyServer'
import { testSlugPrefix } from '../helpers/reviewClient'
import { startReceiver } from '../helpers/webhookReceiver'

/**
 * Three `npm start` processes on one PostgreSQL database, as behind a load balancer: a publication
 * made on one is served by all three (feed and cached pages) within 5 seconds; a scheduled
 * publication, which every instance's job queue sees fall due, publishes once; a webhook attempt,
 * which every instance's queue could pick up, is made once. PostgreSQL only (the file is included
 * when TEST_POSTGRES_URL is set): several instances on one SQLite file is not a supported setup.
 */

const PORTS = [3311, 3312, 3313]
/** Every instance runs the job queue every 2 seconds instead of every minute. */
const JOBS_CRON = '0-59/2 * * * * *'
const prefix = testSlugPrefix('instances')

type Headers = Awaited<ReturnType<typeof tokenOf>>

const servers: GalleyServer[] = []
let receiver: Awaited<ReturnType<typeof startReceiver>>
const headers: Record<string, Headers> = {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` every 100 ms until it is true; the time it took, or a failure naming `what` after `seconds`. */
const waitFor = async (what: string, check: () => Promise<boolean>, seconds: number): Promise<number> => {
  const start = Date.now()
  while (Date.now() - start < seconds * 1000) {
    if (await check()) return Date.now() - start
    await sleep(100)
  }
  throw new Error(`${what}: not within ${seconds} s`)
}

const api = async (server: GalleyServer, who: string, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.origin}/api${path}`, {
    method,
    headers: headers[who],
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json()
  if (!response.ok) throw new Error(`${method} ${path} as ${who} on ${server.origin}: ${response.status} ${JSON.stringify(json)}`)
  return json
}

/** A new drug taken to "approved" through the API of `server`: created, submitted, two approvals. */
const approvedDrug = async (server: GalleyServer, slug: string, mechanism: string): Promise<number> => {
  const created = await api(server, 'writer', 'POST', '/drugs', { name: slug, slug, drugClass: 'Kinase inhibitor', mechanism })
  const id = created.doc.id as number
  await api(server, 'writer', 'POST', `/drugs/${id}/submit`, { changeType: 'new', note: 'instances test' })
  for (const reviewer of ['reviewer1', 'reviewer2']) await api(server, reviewer, 'POST', `/drugs/${id}/vote`, { decision: 'approve' })
  return id
}

const feedJson = async (server: GalleyServer, path: string) => {
  const response = await fetch(`${server.origin}${path}`)
  return response.ok ? response.json() : null
}

const pageText = async (server: GalleyServer, path: string) => {
  const response = await fetch(`${server.origin}${path}`)
  return response.ok ? response.text() : ''
}

beforeAll(async () => {
  const database = process.env.DATABASE_URI as string
  const env = { GALLEY_JOBS_CRON: JOBS_CRON, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'galley-int-tests' }
  // The first builds the app if it is stale; the other two then start together.
  servers.push(await startGalley(PORTS[0], database, env))
  servers.push(...(await Promise.all(PORTS.slice(1).map((port) => startGalley(port, database, env)))))
  for (const who of ['writer', 'reviewer1', 'reviewer2', 'editor', 'admin'])
    headers[who] = await tokenOf(servers[0].origin, `${who}@galley.test`)
  receiver = await startReceiver()
}, 900_000)

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()))
  await receiver?.close()
})

describe('three instances on one PostgreSQL database', () => {
  it('serve a publication made on one from all three, feed and pages, within 5 seconds', async () => {
    const slug = `${prefix}now`
    const marker = `Blocks kinase ${slug}`
    const id = await approvedDrug(servers[0], slug, marker)
    // Every instance has the published state cached before the publication.
    for (const server of servers) expect(await pageText(server, '/')).toContain('Galley')
    await api(servers[0], 'editor', 'POST', `/drugs/${id}/publish`, {})
    const published = Date.now()
    for (const server of servers) {
      await waitFor(
        `${server.origin} serving the feed`,
        async () => (await feedJson(server, `/feed/v1/drugs/${slug}.json`))?.content?.mechanism === marker,
        5,
      )
      await waitFor(`${server.origin} serving the page`, async () => (await pageText(server, `/drugs/${slug}`)).includes(marker), 5)
    }
    expect(Date.now() - published).toBeLessThanOrEqual(5_000)
    // The same change log everywhere.
    const logs = await Promise.all(
      servers.map(async (server) => (await feedJson(server, '/feed/v1/changes.json?limit=500'))?.events?.at(-1)),
    )
    expect(new Set(logs.map((event) => JSON.stringify(event))).size).toBe(1)
  })

  it('publish a scheduled change once, though every instance runs the job queue', async () => {
    const slug = `${prefix}scheduled`
    const id = await approvedDrug(servers[1], slug, `Scheduled ${slug}`)
    await api(servers[1], 'editor', 'POST', `/drugs/${id}/publish`, { at: new Date(Date.now() + 2_000).toISOString() })
    for (const server of servers)
      await waitFor(
        `${server.origin} serving the scheduled publication`,
        async () => (await feedJson(server, `/feed/v1/drugs/${slug}.json`)) !== null,
        60,
      )
    // Every instance's queue has run since it fell due; still one revision, one publication event.
    const jobs = async () =>
      (
        await api(
          servers[0],
          'admin',
          'GET',
          `/payload-jobs?where[taskSlug][equals]=publish-scheduled&where[completedAt][exists]=false&limit=1`,
        )
      ).totalDocs
    await waitFor('the scheduled job to complete', async () => (await jobs()) === 0, 30)
    expect((await feedJson(servers[2], `/feed/v1/drugs/${slug}/v1.json`))?.version).toBe(1)
    expect(await feedJson(servers[2], `/feed/v1/drugs/${slug}/v2.json`)).toBeNull()
    const events = (await feedJson(servers[2], '/feed/v1/changes.json?limit=500')).events.filter(
      (event: { slug: string }) => event.slug === slug,
    )
    expect(events).toHaveLength(1)
  })

  it('make each webhook delivery attempt once, though every instance runs the job queue', async () => {
    await api(servers[2], 'admin', 'POST', '/globals/editorial-settings', { webhookAllowedHosts: ['127.0.0.1'] })
    const subscription = await api(servers[2], 'admin', 'POST', '/webhook-subscriptions', {
      name: `Instances ${prefix}`,
      url: receiver.url('/hooks/instances'),
      secret: 'instances-test-secret-0123456789abcdef',
      active: true,
    })
    try {
      const slug = `${prefix}hooked`
      const id = await approvedDrug(servers[2], slug, `Hooked ${slug}`)
      await api(servers[2], 'editor', 'POST', `/drugs/${id}/publish`, {})
      const forThis = () => receiver.at('/hooks/instances').filter((request) => request.body.includes(`"${slug}"`))
      await waitFor('the webhook to arrive', async () => forThis().length > 0, 30)
      const pending = async () =>
        (
          await api(
            servers[0],
            'admin',
            'GET',
            `/payload-jobs?where[taskSlug][equals]=deliver-webhook&where[completedAt][exists]=false&limit=1`,
          )
        ).totalDocs
      await waitFor('every delivery job to complete', async () => (await pending()) === 0, 30)
      expect(forThis()).toHaveLength(1)
      const deliveries = await api(servers[0], 'admin', 'GET', `/webhook-deliveries?where[slug][equals]=${slug}&limit=10`)
      expect(deliveries.docs.map((row: { attempt: number; status: string }) => [row.attempt, row.status])).toEqual([[1, 'succeeded']])
    } finally {
      await api(servers[2], 'admin', 'PATCH', `/webhook-subscriptions/${subscription.doc.id}`, { active: false })
    }
  })
})
