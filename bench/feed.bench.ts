import type { AddressInfo } from 'node:net'

import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Row } from './diff.bench'

import { encodeCursor } from '../src/domain/feed'
import { publishDemo } from '../src/domain/revisions/seedDocuments.fixture'
import { handleFeedRequest } from '../src/published/handleFeedRequest'
import { PublishedStore } from '../src/published/PublishedStore'
import { storeOfRevisions } from '../src/published/storeOfRevisions.fixture'
import { CONNECTIONS, DURATION_S, load } from './load'

const SUMMARY_PATH = '/feed/v1/summaries/adult-soft-tissue-sarcoma-treatment-patient/v1.json'

/** Galley's feed path exactly as `npm start` serves a warm request: the store's metadata and cached body, no Next, no database. */
const startGalleyFeed = async (): Promise<{ url: string; base: string; close: () => void; bytes: Buffer }> => {
  const { store } = storeOfRevisions({ revisions: publishDemo(), origin: 'http://127.0.0.1' })
  await store.refresh()
  PublishedStore.REFRESH_MS = Number.MAX_SAFE_INTEGER
  const server = http.createServer((req, res) => {
    void handleFeedRequest(store, { method: req.method ?? 'GET', url: req.url ?? '/', ifNoneMatch: req.headers['if-none-match'] }).then(
      (answer) => {
        if (!answer) return res.writeHead(404).end()
        res.writeHead(answer.status, answer.headers)
        res.end(answer.body)
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const stored = store.version('summaries', 'adult-soft-tissue-sarcoma-treatment-patient', 1)
  if (!stored) throw new Error('the demo summary is missing from the store')
  const base = `http://127.0.0.1:${port}`
  return { url: `${base}${SUMMARY_PATH}`, base, close: () => server.close(), bytes: await store.body(stored) }
}

/** nginx serving the same bytes from disk at `urlPath`, with the same headers a partner would care about; null without nginx. */
export const startNginx = async (bytes: Buffer, urlPath: string = SUMMARY_PATH): Promise<{ url: string; close: () => void } | null> => {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate))
  if (!nginx) return null
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-bench-nginx-'))
  const file = path.join(dir, 'root', urlPath)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, bytes)
  const port = 18000 + Math.floor(Math.random() * 1000)
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
${process.getuid?.() === 0 ? 'user nobody nogroup;' : ''}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/root;
    etag on;
    location / { default_type application/json; add_header Cache-Control "public, max-age=31536000, immutable"; add_header Access-Control-Allow-Origin "*"; }
  }
}
`,
  )
  fs.mkdirSync(path.join(dir, 'tmp'))
  // nginx's workers drop root privileges: let them read the files.
  for (let at = file; at.startsWith(dir); at = path.dirname(at)) fs.chmodSync(at, at === file ? 0o644 : 0o755)
  const child = spawn(nginx, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}${urlPath}`
  for (let tries = 0; tries < 50; tries++) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return { url, close: () => child.kill('SIGTERM') }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGTERM')
  throw new Error(`nginx did not start: ${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`)
}

/** A store holding `count` publication events (copies of the demo revisions under other slugs). */
const storeWith = (count: number): PublishedStore => {
  const demo = publishDemo()
  const revisions = Array.from({ length: count }, (_, index) => {
    const revision = demo[index % demo.length]
    return { ...revision, slug: `${revision.slug}-${index}`, hash: `sha256:${index.toString(16).padStart(64, '0')}` }
  })
  return storeOfRevisions({ revisions, origin: 'http://127.0.0.1' }).store
}

/** Median time of one changes.json page (100 events from the middle of the log) with 100 and with 10,000 events stored. */
const changesScaling = async (): Promise<Row[]> => {
  const median = async (count: number) => {
    const store = storeWith(count)
    await store.refresh()
    const since = encodeCursor({ seq: Math.max(1, Math.floor(count / 2) - 50) })
    const url = `/feed/v1/changes.json?since=${since}&limit=100`
    const times: number[] = []
    for (let i = 0; i < 300; i++) {
      const start = performance.now()
      const answer = await handleFeedRequest(store, { method: 'GET', url })
      if (answer?.status !== 200) throw new Error(`${url}: ${answer?.status}`)
      times.push(performance.now() - start)
    }
    return times.sort((a, b) => a - b)[150]
  }
  await median(100) // warm-up: JIT and allocation
  const small = await median(100)
  const large = await median(10_000)
  return [
    {
      name: 'changes.json page with 10,000 events stored, median',
      value: Number(large.toFixed(3)),
      unit: 'ms',
      baseline: 'the same page with 100 events stored',
      ratio: Number((large / small).toFixed(2)),
      note: 'target: flat, at most 1.5× apart (binary search for the cursor, then one page)',
    },
  ]
}

/**
 * Requests per second for a numbered revision (the 165 KB demo summary) served by Galley's warm feed
 * path, against nginx serving the same bytes from disk, with the same load generator in the same run.
 */
export async function benchFeed(): Promise<Row[]> {
  const galley = await startGalleyFeed()
  const nginx = await startNginx(galley.bytes)
  try {
    const ours = await load(galley.url)
    if (!nginx) {
      const hint = spawnSync('sh', ['-c', 'command -v apt-get']).status === 0 ? ' (apt-get install -y nginx-light)' : ''
      return [
        {
          name: 'feed v{n}.json, Galley warm path',
          value: Math.round(ours.rps),
          unit: 'req/s',
          note: `nginx is not installed${hint}: no baseline measured`,
        },
      ]
    }
    const theirs = await load(nginx.url)
    const latest = await load(`${galley.base}${SUMMARY_PATH.replace('/v1.json', '.json')}`)
    const changes = await load(`${galley.base}/feed/v1/changes.json?limit=100`)
    return [
      {
        name: 'feed v{n}.json, Galley warm path',
        value: Math.round(ours.rps),
        unit: 'req/s',
        baseline: 'nginx, same bytes from disk',
        ratio: Number((ours.rps / theirs.rps).toFixed(2)),
        note: `${Math.round(galley.bytes.length / 1000)} KB body, ${CONNECTIONS} connections, ${DURATION_S} s each, autocannon in this process; p99 ${ours.p99} ms vs nginx ${theirs.p99} ms. Target: ratio ≥ 0.5`,
      },
      { name: 'feed v{n}.json, nginx', value: Math.round(theirs.rps), unit: 'req/s' },
      {
        name: 'feed latest {slug}.json, Galley warm path',
        value: Math.round(latest.rps),
        unit: 'req/s',
        baseline: 'nginx, same bytes from disk',
        ratio: Number((latest.rps / theirs.rps).toFixed(2)),
      },
      {
        name: 'feed changes.json?limit=100, Galley',
        value: Math.round(changes.rps),
        unit: 'req/s',
        note: 'a page of 100 events, serialized per request',
      },
      ...(await changesScaling()),
    ]
  } finally {
    galley.close()
    nginx?.close()
  }
}
