import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Row } from './diff.bench'

import { spawnServer, startGalley, stopProcessGroup, tokenOf, waitForAnswer } from '../tests/helpers/galleyServer'
import { CONNECTIONS, DURATION_S, load } from './load'

const root = path.resolve(import.meta.dirname, '..')
const SUMMARY = '/summaries/adult-soft-tissue-sarcoma-treatment-patient'
const STATIC_COPY = '/__galley-bench/summary.html'
const DRUG = 'pembrolizumab'
const PUBLISHES = 5

type Server = { origin: string; stop: () => Promise<void> }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Plain `next start` (no Galley server in front) serving a file from public/: Next's own ceiling. */
const startPlainNext = async (port: number, database: string): Promise<Server> => {
  const { child, output } = spawnServer(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    NODE_ENV: 'production',
    DATABASE_URI: database,
    PAYLOAD_SECRET: 'galley-bench',
  })
  const origin = `http://127.0.0.1:${port}`
  await waitForAnswer(`${origin}${STATIC_COPY}`, child, output)
  return { origin, stop: () => stopProcessGroup(child) }
}

const call = async (url: string, headers: Record<string, string>, method: string, body?: unknown) => {
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
  return response.json() as Promise<{ docs?: { id: number }[] }>
}

/** Polls until `check` sees the change; returns when (performance.now()) it first did. */
const firstSeen = async (url: string, check: (body: string) => boolean): Promise<number> => {
  for (let tries = 0; tries < 2_000; tries++) {
    const body = await (await fetch(url)).text()
    if (check(body)) return performance.now()
    await sleep(5)
  }
  throw new Error(`${url} never showed the publication`)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Publishes PUBLISHES changes to a drug through review (draft, submit, two approvals, publish) and
 * measures, from the moment the editor's publish request returns, how long until an anonymous
 * visitor's page and the feed's latest URL show it.
 */
const publishToVisible = async (origin: string) => {
  const writer = await tokenOf(origin, 'writer@galley.test')
  const reviewers = [await tokenOf(origin, 'reviewer1@galley.test'), await tokenOf(origin, 'reviewer2@galley.test')]
  const editor = await tokenOf(origin, 'editor@galley.test')
  const { docs } = await call(`${origin}/api/drugs?where[slug][equals]=${DRUG}`, writer, 'GET')
  const id = docs![0].id
  const publishTimes: number[] = []
  const pageTimes: number[] = []
  const feedTimes: number[] = []
  for (let round = 1; round <= PUBLISHES; round++) {
    const drugClass = `PD-1 inhibitor (bench round ${round} ${Date.now()})`
    await call(`${origin}/api/drugs/${id}?draft=true`, writer, 'PATCH', { drugClass })
    await call(`${origin}/api/drugs/${id}/submit`, writer, 'POST', { changeType: 'minor-change', note: `bench round ${round}` })
    for (const reviewer of reviewers) await call(`${origin}/api/drugs/${id}/vote`, reviewer, 'POST', { decision: 'approve' })
    const started = performance.now()
    await call(`${origin}/api/drugs/${id}/publish`, editor, 'POST', {})
    const published = performance.now()
    const [page, feed] = await Promise.all([
      firstSeen(`${origin}/drugs/${DRUG}`, (body) => body.includes(drugClass)),
      firstSeen(`${origin}/feed/v1/drugs/${DRUG}.json`, (body) => body.includes(drugClass)),
    ])
    publishTimes.push(published - started)
    pageTimes.push(page - published)
    feedTimes.push(feed - published)
  }
  return { publish: median(publishTimes), page: median(pageTimes), feed: median(feedTimes), worstPage: Math.max(...pageTimes) }
}

const ratio = (a: number, b: number) => Number((a / b).toFixed(2))

/**
 * The public summary page under load: served from Galley's page cache, against Next serving the
 * same HTML as a static file, against rendering every request afresh from the database; plus
 * publish-to-visible on the page and in the feed, on a real server with the demo database.
 */
export async function benchPages(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-bench-pages-'))
  const database = `file:${path.join(dir, 'galley.db')}`
  const port = 19000 + Math.floor(Math.random() * 500)
  const staticFile = path.join(root, 'public', STATIC_COPY)
  let server: Server | null = null
  try {
    console.log('pages: starting Galley (npm start: build if needed, migrate, seed)…')
    server = await startGalley(port, database)
    const summaryUrl = `${server.origin}${SUMMARY}`
    const html = await (await fetch(summaryUrl)).text()
    const hit = await fetch(summaryUrl)
    if (hit.headers.get('x-galley-cache') !== 'hit')
      throw new Error(`the summary page was not served from the page cache: ${hit.headers.get('x-galley-cache')}`)
    console.log('pages: cached summary page, then a signed-in reader (rendered by Next from memory)…')
    const cached = await load(summaryUrl)
    const rendered = await load(summaryUrl, { headers: { cookie: 'payload-token=bench-not-a-session' } })
    console.log('pages: publish-to-visible…')
    const visible = await publishToVisible(server.origin)
    await server.stop()

    console.log('pages: every request rendered from the database (GALLEY_PAGE_CACHE=off, GALLEY_SITE_READS=database)…')
    server = await startGalley(port, database, { GALLEY_PAGE_CACHE: 'off', GALLEY_SITE_READS: 'database' })
    const fromDatabase = await load(summaryUrl)
    await server.stop()

    console.log('pages: Next serving the same HTML as a static file…')
    fs.mkdirSync(path.dirname(staticFile), { recursive: true })
    fs.writeFileSync(staticFile, html)
    server = await startPlainNext(port, database)
    const ceiling = await load(`${server.origin}${STATIC_COPY}`)
    await server.stop()

    const kb = Math.round(Buffer.byteLength(html) / 1000)
    return [
      {
        name: 'summary page, Galley page cache',
        value: Math.round(cached.rps),
        unit: 'req/s',
        baseline: 'Next serving the same HTML as a static file',
        ratio: ratio(cached.rps, ceiling.rps),
        note: `${kb} KB page, ${CONNECTIONS} connections, ${DURATION_S} s each; p99 ${cached.p99} ms. Target: ratio ≥ 0.8`,
      },
      {
        name: 'summary page, Galley page cache vs rendering from the database',
        value: Math.round(cached.rps),
        unit: 'req/s',
        baseline: `every request rendered by Next, revisions read from the database: ${Math.round(fromDatabase.rps)} req/s`,
        ratio: ratio(cached.rps, fromDatabase.rps),
        note: 'target: ratio ≥ 10',
      },
      { name: 'summary page, Next static file (ceiling)', value: Math.round(ceiling.rps), unit: 'req/s' },
      {
        name: 'summary page, signed-in reader (Next render from memory, no page cache)',
        value: Math.round(rendered.rps),
        unit: 'req/s',
        baseline: 'Galley page cache',
        ratio: ratio(rendered.rps, cached.rps),
      },
      {
        name: 'publish-to-visible on the page, median',
        value: Math.round(visible.page),
        unit: 'ms',
        baseline: `the publish request itself: ${Math.round(visible.publish)} ms`,
        ratio: ratio(visible.page, visible.publish),
        note: `${PUBLISHES} publications through review; from the publish response to an anonymous visitor's page showing it (worst ${Math.round(visible.worstPage)} ms). Target: under 1 s`,
      },
      {
        name: 'publish-to-visible in the feed (latest URL), median',
        value: Math.round(visible.feed),
        unit: 'ms',
        baseline: `the publish request itself: ${Math.round(visible.publish)} ms`,
        ratio: ratio(visible.feed, visible.publish),
        note: 'target: under 1 s',
      },
    ]
  } finally {
    await server?.stop()
    fs.rmSync(path.join(root, 'public', path.dirname(STATIC_COPY)), { recursive: true, force: true })
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
