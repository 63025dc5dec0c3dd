/**
 * `npm start`: builds if the sources changed since the last build, migrates, seeds the demo on the
 * first run, then serves on PORT (default 3000).
 */
import { spawnSync } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { errorBody } from '../domain/errors'
import { setClientAddress } from '../server/clientAddressHeader'
import { refuseUnsupportedMethod } from '../server/refuseUnsupportedMethod'
import { serveFeedFromStore } from '../server/serveFeedFromStore'
import { pageCacheServer } from '../server/servePageFromCache'
import { ensureBuild } from './buildIsStale'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOST ?? '0.0.0.0'
// `npm start` serves a production build. Demo seeding is still allowed unless the operator asked
// for production explicitly (NODE_ENV=production in the environment), see src/cli/prepare.ts.
const operatorEnv = process.env.NODE_ENV

process.env.NEXT_TELEMETRY_DISABLED ??= '1'

/** Node's exit status when the entry module's top-level await never settled: a module never finished loading. */
const UNSETTLED_TOP_LEVEL_AWAIT = 13

/**
 * Runs a step of the start-up to completion; a failure says which step failed and stops `npm start`.
 * A step whose modules never finished loading (exit status 13, seen about once in 30 restarts right
 * after a `kill -9`, see `npm run crash`) is run again, at most twice: nothing of it has run yet.
 */
const run = (label: string, command: string, args: string[], env: NodeJS.ProcessEnv) => {
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env })
    if (result.status === 0) return
    if (result.status === UNSETTLED_TOP_LEVEL_AWAIT && attempt < 3) {
      console.error(`start: ${label} stopped before its modules finished loading (exit status 13); retrying (attempt ${attempt + 1} of 3)`)
      continue
    }
    console.error(`start: ${label} failed (exit status ${result.status ?? result.signal})`)
    process.exit(result.status ?? 1)
  }
}

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

const built = await ensureBuild({
  root,
  build: () => {
    const result = spawnSync(bin('next'), ['build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
    })
    if (result.status !== 0) throw new Error(`next build failed (exit status ${result.status})`)
  },
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  log: (message) => console.log(message),
}).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
if (built === 'up-to-date') console.log('build: up to date')

run('migrating and seeding (src/cli/prepare.ts)', bin('tsx'), [path.join(root, 'src', 'cli', 'prepare.ts')], {
  ...process.env,
  // not 'development': that would push the schema instead of migrating
  NODE_ENV: operatorEnv ?? 'test',
  NODE_OPTIONS: '--no-deprecation',
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any
;(process.env as any).NODE_ENV = 'production'
const app = next({ dev: false, dir: root, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

/** This server as the process itself reaches it (warm-up requests, the page cache's renders). */
const loopback = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
const selfOrigin = `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}`
const serveCachedPage = pageCacheServer({ origin: selfOrigin })

http
  .createServer((req, res) => {
    setClientAddress(req)
    if (refuseUnsupportedMethod(req, res)) return
    // The feed and cached pages from memory; everything else, and every miss, through Next.
    serveFeedFromStore(req, res)
      .then((served) => served || serveCachedPage(req, res))
      .then((served) => (served ? undefined : handle(req, res)))
      .catch((error: unknown) => {
        console.error(error)
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify(
            errorBody({ code: 'internal', message: 'Something went wrong on the server; it has been logged. Try again in a moment.' }),
          ),
        )
      })
  })
  .listen(port, hostname, () => {
    console.log(`serve: Galley is ready on http://localhost:${port} (admin: http://localhost:${port}/admin)`)
    startJobQueue()
    warmFeed()
  })

/** Fills the feed's in-memory store now, so the first partner request is already fast. */
function warmFeed() {
  fetch(`${selfOrigin}/feed/v1/index.json`).then(
    (response) => console.log(`feed: ready (${response.status})`),
    (error: unknown) => console.warn('feed: could not warm the store now; it fills on the first request', error),
  )
}

/**
 * Payload starts the job queue's cron (`jobs.autoRun`, which runs scheduled publications every
 * minute) when it first handles a request. Make that first request now, so publications fall due
 * even when nobody has visited since the server started.
 */
function startJobQueue() {
  fetch(`${selfOrigin}/api/users/me`).then(
    () => console.log('jobs: queue running (scheduled publications are checked every minute)'),
    (error: unknown) => console.warn('jobs: could not start the queue now; it starts with the first request', error),
  )
}
