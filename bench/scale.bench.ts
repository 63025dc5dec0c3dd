import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Row } from './diff.bench'
import type { GalleyServer } from '../tests/helpers/galleyServer'

import { startGalley, tokenOf } from '../tests/helpers/galleyServer'
import { importedDatabase } from '../tests/helpers/importedDatabase'
import { startNginx } from './feed.bench'

/**
 * Galley with the real corpus (issue 9's figures), each against a baseline from the same run:
 * - import of NCI's English and Spanish summaries (cis/en, cis/es) into a fresh SQLite database, against
 *   preparing the same database (migrations and the demo) — skipped when SCALE_BENCH_DB names an
 *   imported database (PostgreSQL or SQLite);
 * - start-up (`npm start` until the feed answers) and the server's memory (RSS of its processes) after
 *   start-up and after every summary page has been read once, against the demo database;
 * - the largest summary (343584): first render of its page, its review tab with the diff of a one-word
 *   change, and publishing that change through review, against the demo summary;
 * - the admin dashboard for the managing editor, against the demo database;
 * - memory growth over 40 publications of the largest summary (SCALE_BENCH_PUBLICATIONS);
 * - the largest summary's latest and numbered revisions, its cached page and a small drug revision under
 *   load (wrk), each against nginx serving the same bytes from a file.
 */
const root = path.resolve(import.meta.dirname, '..')
const corpus = path.resolve(process.env.PDQ_CORPUS ?? path.join(root, '..', 'shared', 'pdq'))
const PORT = 3393
const DEMO = 'adult-soft-tissue-sarcoma-treatment-patient'
const LARGEST_CDR = 'CDR0000343584'
/** Publications of the largest summary whose memory growth is measured (issue 9: 40). */
const PUBLICATIONS = Number(process.env.SCALE_BENCH_PUBLICATIONS ?? 40)

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const seconds = (ms: number) => Number((ms / 1000).toFixed(1))
const ratio = (a: number, b: number) => Number((a / b).toFixed(2))

/** Resident memory (MB) of every process in the server's process group (tsx, the Node server, Next's workers). */
const rssOf = (server: GalleyServer): number => {
  let kb = 0
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
      if (pgrp !== server.child.pid) continue
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 1024)
}

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

const call = async (url: string, headers: Record<string, string>, method = 'GET', body?: unknown) => {
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 500)}`)
  return text
}

type Doc = { id: number; slug: string; board: number; sections: { id: string; body: unknown }[] }

/** The draft of a summary with one more word at the end of its first paragraph of text. */
const withOneWordMore = (doc: Doc, word: string) => {
  const sections = structuredClone(doc.sections)
  const visit = (node: { type?: string; text?: string; children?: unknown[] }): boolean => {
    if (node.type === 'text' && typeof node.text === 'string') {
      node.text = `${node.text} ${word}`
      return true
    }
    return (node.children ?? []).some((child) => visit(child as never))
  }
  sections.some((section) => visit((section.body as { root: never })?.root ?? {}))
  return sections
}

/** A one-word change to a summary taken through review; returns the review tab's time (with the diff) and the publish call's. */
const changeAndPublish = async (origin: string, where: string, boardId?: number) => {
  const as = {
    writer: await tokenOf(origin, 'writer@galley.test'),
    editor: await tokenOf(origin, 'editor@galley.test'),
  }
  const found = JSON.parse(await call(`${origin}/api/summaries?${where}&depth=0&limit=1&draft=true`, as.writer)) as { docs: Doc[] }
  const doc = found.docs[0]
  if (!doc) throw new Error(`no summary where ${where}`)
  const word = `scalebench${Date.now()}`
  // An imported summary's PDQ board has no members yet: the managing editor hands it to the demo's board.
  if (boardId !== undefined) await call(`${origin}/api/summaries/${doc.id}?draft=true&depth=0`, as.editor, 'PATCH', { board: boardId })
  await call(`${origin}/api/summaries/${doc.id}?draft=true&depth=0`, as.writer, 'PATCH', { sections: withOneWordMore(doc, word) })
  const cookie = { cookie: `payload-token=${as.editor.authorization.replace(/^JWT /, '')}` }
  const review = await timed(() => call(`${origin}/admin/collections/summaries/${doc.id}/review`, cookie))
  if (!review.value.includes(word)) throw new Error('the review tab does not show the change')
  await call(`${origin}/api/summaries/${doc.id}/submit`, as.writer, 'POST', { changeType: 'minor-change', note: 'scale bench' })
  let approved = false
  for (const reviewer of ['reviewer1', 'reviewer2', 'reviewer3', 'reviewer4']) {
    const answer = await fetch(`${origin}/api/summaries/${doc.id}/vote`, {
      method: 'POST',
      headers: await tokenOf(origin, `${reviewer}@galley.test`),
      body: JSON.stringify({ decision: 'approve' }),
    })
    approved = ((await answer.json()) as { state?: string }).state === 'approved'
    if (approved) break
  }
  if (!approved) throw new Error(`the change to summary ${doc.id} was not approved by the demo reviewers`)
  const publish = await timed(() => call(`${origin}/api/summaries/${doc.id}/publish`, as.editor, 'POST', {}))
  return { slug: doc.slug, board: doc.board, reviewMs: review.ms, publishMs: publish.ms }
}

/** The dashboard (/admin) as the managing editor sees it: median of 5 server renders after one warm-up. */
const dashboardTime = async (origin: string) => {
  const editor = await tokenOf(origin, 'editor@galley.test')
  const cookie = { cookie: `payload-token=${editor.authorization.replace(/^JWT /, '')}` }
  const times: number[] = []
  for (let run = 0; run <= 5; run++) {
    const { ms, value } = await timed(() => call(`${origin}/admin`, cookie))
    if (!value.includes('galley-dashboard')) throw new Error('/admin did not render the dashboard')
    if (run > 0) times.push(ms)
  }
  return median(times)
}

/** Requests per second of `url` under wrk (2 threads, 50 connections, 8 s). */
const wrk = (url: string): number => {
  const out = execFileSync('wrk', ['-t2', '-c50', '-d8s', url], { encoding: 'utf8' })
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out)
  if (errors) throw new Error(`${url}: ${errors[1]} non-2xx answers under wrk`)
  return rps
}

export async function benchScale(): Promise<Row[]> {
  const rows: Row[] = []
  let database = process.env.SCALE_BENCH_DB
  if (!database) {
    const inputs = ['cis/en', 'cis/es'].map((folder) => path.join(corpus, folder))
    if (!fs.existsSync(inputs[0])) throw new Error(`no PDQ corpus at ${corpus}; set PDQ_CORPUS or SCALE_BENCH_DB`)
    console.log('scale: preparing a demo database (baseline), then importing cis/en and cis/es into another…')
    const prepared = await timed(async () => importedDatabase('scale-demo', []))
    const imported = await timed(async () => importedDatabase('scale-corpus', inputs))
    database = imported.value
    rows.push({
      name: 'import cis/en + cis/es (941 summaries) into SQLite, with migrations and the demo',
      value: seconds(imported.ms),
      unit: 's',
      baseline: `migrations and the demo alone: ${seconds(prepared.ms)} s`,
      ratio: ratio(imported.ms, prepared.ms),
      note: 'target ≤ 15 min (900 s)',
    })
  }
  const demoDatabase = importedDatabase('scale-baseline', [])

  console.log('scale: start-up and memory, demo database (baseline)…')
  const demoStart = await timed(() => startGalley(PORT, demoDatabase))
  const demoRss = rssOf(demoStart.value)
  const demoPage = await timed(() => call(`${demoStart.value.origin}/summaries/${DEMO}`, {}))
  const demoDashboard = await dashboardTime(demoStart.value.origin)
  const demoChange = await changeAndPublish(demoStart.value.origin, `where[slug][equals]=${DEMO}`)
  await demoStart.value.stop()

  console.log(`scale: start-up and memory, ${database}…`)
  const start = await timed(() => startGalley(PORT, database, { SERVER_URL: `http://127.0.0.1:${PORT}` }))
  const server = start.value
  try {
    const rssStarted = rssOf(server)
    const listed: string[] = []
    const latestUrls: string[] = []
    let drugSlug: string | undefined
    for (let url: string | undefined = `${server.origin}/feed/v1/index.json`; url;) {
      const page = JSON.parse(await call(url, {})) as {
        documents: { type: string; slug: string; retired?: true; urls: { latest: string } }[]
        next?: string
      }
      for (const entry of page.documents) {
        if (entry.retired) continue
        latestUrls.push(entry.urls.latest)
        if (entry.type === 'summaries') listed.push(entry.slug)
        if (entry.type === 'drugs' && entry.slug === 'pazopanib') drugSlug = entry.slug
      }
      url = page.next
    }
    const auth = await tokenOf(server.origin, 'writer@galley.test')
    const largest = (
      JSON.parse(
        await call(`${server.origin}/api/summaries?where[cdrId][equals]=${LARGEST_CDR}&depth=0&limit=1&select[slug]=true`, auth),
      ) as { docs: { slug: string }[] }
    ).docs[0]
    if (!largest) throw new Error(`${LARGEST_CDR} is not in ${database}`)
    const firstRender = await timed(() => call(`${server.origin}/summaries/${largest.slug}`, {}))
    console.log(`scale: reading ${listed.length} summary pages and ${latestUrls.length} latest revisions once…`)
    const pages = await timed(async () => {
      for (const slug of listed) await call(`${server.origin}/summaries/${slug}`, {})
      for (const url of latestUrls) await call(url, {})
    })
    const rssAfterPages = rssOf(server)
    const dashboard = await dashboardTime(server.origin)
    console.log('scale: review and publish a one-word change to the largest summary…')
    const demoBoard = (
      JSON.parse(await call(`${server.origin}/api/summaries?where[slug][equals]=${DEMO}&depth=0&limit=1`, auth)) as { docs: Doc[] }
    ).docs[0].board
    const changes = [await changeAndPublish(server.origin, `where[cdrId][equals]=${LARGEST_CDR}`, demoBoard)]
    const rssBeforePublishing = rssOf(server)
    console.log(`scale: ${PUBLICATIONS} more publications of the largest summary…`)
    for (let round = 1; round < PUBLICATIONS; round++)
      changes.push(await changeAndPublish(server.origin, `where[cdrId][equals]=${LARGEST_CDR}`))
    const rssAfterPublishing = rssOf(server)
    const change = { reviewMs: median(changes.map((one) => one.reviewMs)), publishMs: median(changes.map((one) => one.publishMs)) }

    console.log('scale: the feed and the cached page under wrk, Galley then nginx with the same bytes…')
    const againstNginx = async (url: string) => {
      const bytes = Buffer.from(await (await fetch(url)).arrayBuffer())
      const galley = wrk(url)
      const nginx = await startNginx(bytes, '/same-bytes')
      try {
        return { galley, nginx: nginx ? wrk(nginx.url) : Number.NaN, kb: Math.round(bytes.length / 1000) }
      } finally {
        nginx?.close()
      }
    }
    const loads = [
      {
        label: 'the largest summary’s latest revision from the feed',
        ...(await againstNginx(`${server.origin}/feed/v1/summaries/${largest.slug}.json`)),
      },
      {
        label: 'the largest summary’s numbered revision from the feed',
        ...(await againstNginx(`${server.origin}/feed/v1/summaries/${largest.slug}/v1.json`)),
      },
      { label: 'the largest summary’s page (page cache)', ...(await againstNginx(`${server.origin}/summaries/${largest.slug}`)) },
      ...(drugSlug
        ? [
            {
              label: `a small drug revision (${drugSlug}) from the feed`,
              ...(await againstNginx(`${server.origin}/feed/v1/drugs/${drugSlug}.json`)),
            },
          ]
        : []),
    ]

    rows.push(
      {
        name: 'start-up with the corpus until the feed answers (npm start, built)',
        value: seconds(start.ms),
        unit: 's',
        baseline: `demo database: ${seconds(demoStart.ms)} s`,
        ratio: ratio(start.ms, demoStart.ms),
        note: `target ≤ 60 s; ${listed.length} summaries listed`,
      },
      {
        name: 'memory (RSS) after start-up with the corpus',
        value: rssStarted,
        unit: 'MB',
        baseline: `demo database: ${demoRss} MB`,
        ratio: ratio(rssStarted, demoRss),
        note: 'target ≤ 1 GB',
      },
      {
        name: `memory (RSS) after reading every summary page and latest revision once (${listed.length} pages, ${latestUrls.length} revisions in ${seconds(pages.ms)} s)`,
        value: rssAfterPages,
        unit: 'MB',
        baseline: `after start-up: ${rssStarted} MB`,
        ratio: ratio(rssAfterPages, rssStarted),
        note: 'bounded by GALLEY_PUBLISHED_CACHE_MB and the page cache, not by the corpus',
      },
      {
        name: 'first render of the largest summary page (uncached)',
        value: Math.round(firstRender.ms),
        unit: 'ms',
        baseline: `demo summary: ${Math.round(demoPage.ms)} ms`,
        ratio: ratio(firstRender.ms, demoPage.ms),
        note: 'target ≤ 3 s',
      },
      {
        name: 'the admin dashboard (review work and review health) for the managing editor',
        value: Math.round(dashboard),
        unit: 'ms',
        baseline: `demo database: ${Math.round(demoDashboard)} ms`,
        ratio: ratio(dashboard, demoDashboard),
        note: 'target < 1 s (issue 11); median of 5, server side',
      },
      {
        name: `review tab with the diff of a one-word change to the largest summary (median of ${PUBLICATIONS})`,
        value: Math.round(change.reviewMs),
        unit: 'ms',
        baseline: `demo summary: ${Math.round(demoChange.reviewMs)} ms`,
        ratio: ratio(change.reviewMs, demoChange.reviewMs),
        note: 'target ≤ 1 s (the whole admin page, server side)',
      },
      {
        name: `publishing an approved change to the largest summary (the publish request, median of ${PUBLICATIONS})`,
        value: Math.round(change.publishMs),
        unit: 'ms',
        baseline: `demo summary: ${Math.round(demoChange.publishMs)} ms`,
        ratio: ratio(change.publishMs, demoChange.publishMs),
        note: 'target ≤ 2 s',
      },
      {
        name: `memory (RSS) after ${PUBLICATIONS - 1} more publications of the largest summary`,
        value: rssAfterPublishing,
        unit: 'MB',
        baseline: `before them: ${rssBeforePublishing} MB`,
        ratio: ratio(rssAfterPublishing, rssBeforePublishing),
        note: `target: growth ≤ 100 MB over ${PUBLICATIONS} publications (grew ${rssAfterPublishing - rssBeforePublishing} MB)`,
      },
      ...loads.map((load) => ({
        name: `${load.label}, ${load.kb} KB (wrk, 50 connections)`,
        value: Math.round(load.galley),
        unit: 'req/s',
        baseline: Number.isNaN(load.nginx)
          ? 'nginx is not installed (apt-get install -y nginx-light): no baseline'
          : `nginx serving the same bytes from a file: ${Math.round(load.nginx)} req/s`,
        ratio: ratio(load.galley, load.nginx),
        note: 'target: ratio ≥ 0.5',
      })),
    )
    return rows
  } finally {
    await server.stop()
  }
}
