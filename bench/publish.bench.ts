import type { Payload, PayloadRequest } from 'payload'

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { ReviewedCollection } from '../collections/slugs'
import type { User } from '../src/payload-types'
import type { Row } from './diff.bench'

const root = path.resolve(import.meta.dirname, '..')
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

const SMALL = 100
const LARGE = 10_000
/**
 * Publications timed per document in each measuring process, after a few untimed ones, and how many
 * such processes per size, taking turns between the two databases; the median of all is reported.
 */
const WARMUP = 3
const RUNS = 6
const ROUNDS = 2
/** Documents created per transaction while growing the database. */
const BATCH = 500
/** Types copied to grow the database: all of them are types the measured documents link to. */
const GROWN: ReviewedCollection[] = ['references', 'drugs', 'treatments']

const log = (line: string) => console.log(`publish: ${line}`)
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const round = (value: number, digits = 1) => Number(value.toFixed(digits))

type Timing = {
  /** Wall-clock time of the editor's publish call. */
  publish: number
  /** CPU time this process spent in it: SQLite runs in the process, so this is the whole work, unaffected by other processes. */
  publishCpu: number
  approvalAndPublish: number
  /** From the publish call returning until the feed serves the change. */
  visible: number
}
type Measured = { published: number; runs: Record<string, Timing[]> }

// ---------------------------------------------------------------------------------------------
// The worker: one phase in a process of its own, on the bench database (DATABASE_URI).

type Galley = {
  payload: Payload
  /** A fresh request by a demo account, as the review endpoints get one per HTTP request. */
  as: (who: string, context?: PayloadRequest['context']) => Promise<PayloadRequest>
}

const startGalley = async (): Promise<Galley> => {
  const { createLocalReq, getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const users = new Map<string, User>()
  const as = async (who: string, context: PayloadRequest['context'] = {}) => {
    if (!users.has(who)) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: `${who}@galley.test` } }, limit: 1 })
      users.set(who, docs[0])
    }
    return createLocalReq({ user: { ...users.get(who)!, collection: 'users' }, context }, payload)
  }
  return { payload, as }
}

/** Documents with a revision: each has exactly one version 1. */
const publishedDocuments = async (payload: Payload) =>
  (await payload.count({ collection: 'revisions', where: { version: { equals: 1 } } })).totalDocs

/**
 * A stored document's fields as data for a copy under a new slug and title. Its relationships stay
 * (ids at depth 0); its rows (authors, brand names, approvals…) are left out, so a copy takes fewer
 * statements to store.
 */
const dataOf = (doc: Record<string, unknown>, copy: number): Record<string, unknown> => {
  const { id: _id, createdAt: _c, updatedAt: _u, _status: _s, citation: _citation, ...fields } = doc
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    data[key] = Array.isArray(value) ? value.filter((item) => typeof item !== 'object') : value
  }
  if (typeof data.slug === 'string') data.slug = `${data.slug.slice(0, 100).replace(/-+$/, '')}-copy-${copy}` // at most 120 characters
  if (typeof data.title === 'string') data.title = `${data.title} (copy ${copy})`
  if (typeof data.name === 'string') data.name = `${data.name} (copy ${copy})`
  if ('pmid' in data) data.pmid = null // unique
  return data
}

/**
 * Publishes documents until `target` are published: copies of the demo's references, drugs and
 * treatments (their links point at published demo documents), imported as the seed imports the demo:
 * created published, with their import event and revision 1 from recordRevision, `BATCH` documents
 * per transaction.
 */
const growTo = async (galley: Galley, target: number) => {
  const { payload } = galley
  const { commitTransaction, initTransaction, killTransaction } = await import('payload')
  const { contentHash } = await import('../src/domain/revisions/contentHash')
  const { recordImport } = await import('../src/review/reviewStore')
  const { recordRevision } = await import('../src/revisions/recordRevision')
  const originals: { collection: ReviewedCollection; doc: Record<string, unknown> }[] = []
  for (const collection of GROWN) {
    const { docs } = await payload.find({ collection, where: { slug: { not_like: '-copy-' } }, limit: 0, pagination: false, depth: 0 })
    originals.push(...docs.map((doc) => ({ collection, doc: doc as unknown as Record<string, unknown> })))
  }
  const from = await publishedDocuments(payload)
  const count = target - from
  log(`publishing ${count} more documents in transactions of ${BATCH}…`)
  for (let done = 0; done < count;) {
    const req = await galley.as('admin', { galleyPublish: 'initial-import' })
    await initTransaction(req)
    try {
      for (const end = Math.min(count, done + BATCH); done < end; done++) {
        const { collection, doc } = originals[done % originals.length]
        const created = await payload.create({
          collection: collection as 'drugs',
          data: { ...dataOf(doc, from + done), _status: 'published' } as never,
          depth: 0,
          req,
          overrideAccess: false,
        })
        const ref = { collection, id: created.id }
        await recordImport({
          req,
          ref,
          boardId: created.board as number,
          contentHash: contentHash(created as unknown as Record<string, unknown>),
        })
        await recordRevision({ req, ref, kind: 'published', review: null, now: new Date() })
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    if (done % 2_000 === 0 && done < count) log(`  ${done} of ${count}`)
  }
}

type Target = { collection: ReviewedCollection; slug: string; edit: (n: number) => Record<string, unknown> }

/** The documents whose change is published: a drug (links to references) and the summary (links to every type). */
const targets: Target[] = [
  { collection: 'drugs', slug: 'pazopanib', edit: (n) => ({ drugClass: `Tyrosine kinase inhibitor (bench edit ${n})` }) },
  {
    collection: 'summaries',
    slug: 'adult-soft-tissue-sarcoma-treatment-patient',
    edit: (n) => ({ description: `Treatment options for adult soft tissue sarcoma (bench edit ${n}).` }),
  },
]

/**
 * One change through Galley's review path, as the REST endpoints run it: a writer saves a draft and
 * submits it, two board members approve, an editor publishes. Then the shared published store is asked
 * for the document, as `npm start` serves it, until it answers with the change.
 */
const publishOnce = async ({ galley, target, id, n }: { galley: Galley; target: Target; id: string; n: number }): Promise<Timing> => {
  const { payload, as } = galley
  const { answerReviewAction: applyReviewAction } = await import('../src/endpoints/reviewEndpoints')
  const { handleFeedRequest } = await import('../src/published/handleFeedRequest')
  const { sharedPublishedStore } = await import('../src/published/sharedPublishedStore')
  const ref = { collection: target.collection, id }

  await payload.update({
    collection: target.collection as 'drugs',
    id,
    data: target.edit(n) as never,
    draft: true,
    req: await as('writer'),
    overrideAccess: false,
  })
  const submitted = performance.now()
  await applyReviewAction({ req: await as('writer'), ref, action: { type: 'submit', changeType: 'minor-change', note: `Bench edit ${n}` } })
  await applyReviewAction({ req: await as('reviewer1'), ref, action: { type: 'vote', decision: 'approve' } })
  await applyReviewAction({ req: await as('reviewer2'), ref, action: { type: 'vote', decision: 'approve' } })
  const approved = performance.now()
  const cpu = process.cpuUsage()
  const view = await applyReviewAction({ req: await as('editor'), ref, action: { type: 'publish' } })
  const published = performance.now()
  const { user, system } = process.cpuUsage(cpu)
  if (view.state !== 'published') throw new Error(`${target.slug} was not published: ${view.state}`)

  const store = sharedPublishedStore(payload)
  const url = `/feed/v1/${target.collection}/${target.slug}.json`
  for (;;) {
    const answer = await handleFeedRequest(store, { method: 'GET', url })
    if (answer?.status === 200 && String(answer.body).includes(`(bench edit ${n})`)) break
    if (performance.now() - published > 10_000) throw new Error(`${url} did not show edit ${n} within 10 s`)
    await new Promise((resolve) => setImmediate(resolve))
  }
  return {
    publish: published - approved,
    publishCpu: (user + system) / 1000,
    approvalAndPublish: published - submitted,
    visible: performance.now() - published,
  }
}

/** Timings of each target's publication, after the untimed ones. */
const measure = async (galley: Galley): Promise<Measured> => {
  const { sharedPublishedStore } = await import('../src/published/sharedPublishedStore')
  await sharedPublishedStore(galley.payload).refresh() // filled, as after the server's first feed request
  const published = await publishedDocuments(galley.payload)
  const timings: Record<string, Timing[]> = {}
  for (const target of targets) {
    const { docs } = await galley.payload.find({
      collection: target.collection,
      where: { slug: { equals: target.slug } },
      limit: 1,
      depth: 0,
    })
    const runs: Timing[] = []
    for (let n = 0; n < WARMUP + RUNS; n++) {
      const timing = await publishOnce({ galley, target, id: String(docs[0].id), n: Date.now() + n })
      if (n >= WARMUP) runs.push(timing)
    }
    timings[target.collection] = runs
    log(
      `${published} published: ${target.collection}/${target.slug} published ${WARMUP} + ${RUNS} times, median ${round(median(runs.map((run) => run.publish)))} ms`,
    )
  }
  return { published, runs: timings }
}

/** `tsx bench/publish.bench.ts grow 10000` or `… measure`: one phase; the result is written as JSON to `resultFile`. */
const worker = async ([phase, target]: string[], resultFile: string) => {
  if (phase !== 'grow' && phase !== 'measure') throw new Error(`unknown phase "${phase}": grow <documents> or measure`)
  const galley = await startGalley()
  try {
    const result = phase === 'grow' ? await growTo(galley, Number(target)).then(() => ({})) : await measure(galley)
    fs.writeFileSync(resultFile, JSON.stringify(result))
  } finally {
    await galley.payload.destroy()
  }
}

// ---------------------------------------------------------------------------------------------
// The bench: two fresh databases, every phase in a fresh process.

type Database = { file: string; env: Record<string, string> }

/**
 * Runs one phase in a new process. Every measurement starts equally cold, so none is helped by the
 * JIT having warmed up on another or on growing the database. The job queue stays idle, as in the
 * int tests (NODE_ENV=test): no cron run lands in the middle of a measurement. Emails go to the log
 * (no SMTP_URL): the bench needs no network.
 */
const runPhase = <T>(database: Database, args: string[]): T => {
  const resultFile = `${database.file}.${args.join('-')}.json`
  const child = spawnSync(tsx, [fileURLToPath(import.meta.url), ...args], {
    cwd: root,
    env: {
      ...process.env,
      ...database.env,
      NODE_ENV: 'test',
      NODE_OPTIONS: '--no-deprecation',
      SMTP_URL: '',
      GALLEY_BENCH_RESULT: resultFile,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (child.status !== 0)
    throw new Error(`bench phase "${args.join(' ')}" failed (${child.error?.message ?? child.signal ?? `exit code ${child.status}`})`)
  return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as T
}

const databaseAt = (file: string): Database => ({
  file,
  env: { DATABASE_URI: `file:${file}`, PAYLOAD_SECRET: 'galley-bench', DEMO_PASSWORD: 'galley-demo' },
})

/** A fresh SQLite database, migrated and seeded as `npm start` does. */
const prepareDatabase = (file: string): Database => {
  const database = databaseAt(file)
  const prepared = spawnSync(tsx, ['src/cli/prepare.ts'], {
    cwd: root,
    env: { ...process.env, ...database.env, NODE_ENV: 'test', NODE_OPTIONS: '--no-deprecation', SMTP_URL: '' },
    encoding: 'utf8',
  })
  if (prepared.status !== 0) {
    const how = prepared.error?.message ?? prepared.signal ?? `exit code ${prepared.status}`
    throw new Error(`migrating and seeding the bench database failed (${how}):\n${prepared.stdout}\n${prepared.stderr}`)
  }
  return database
}

/**
 * Time to publish one approved change with 100 and with 10,000 documents published, through
 * Galley's real publishing path, and the time until the feed serves it. The two sizes are two
 * SQLite databases, measured in turns so that a busy moment of the machine falls on both alike.
 */
export async function benchPublish(): Promise<Row[]> {
  const started = performance.now()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-bench-publish-'))
  try {
    log('migrating and seeding a fresh SQLite database')
    const small = prepareDatabase(path.join(dir, 'small.db'))
    runPhase(small, ['grow', String(SMALL)])
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(small.file + suffix)) fs.copyFileSync(small.file + suffix, path.join(dir, `large.db${suffix}`))
    }
    const large = databaseAt(path.join(dir, 'large.db'))
    const growing = performance.now()
    runPhase(large, ['grow', String(LARGE)])
    const grown = round((performance.now() - growing) / 1000)

    const measured = { small: [] as Measured[], large: [] as Measured[] }
    for (let turn = 0; turn < ROUNDS; turn++) {
      log(`measuring, turn ${turn + 1} of ${ROUNDS}`)
      measured.small.push(runPhase<Measured>(small, ['measure']))
      measured.large.push(runPhase<Measured>(large, ['measure']))
    }
    const few = measured.small[0].published
    const many = measured.large[0].published.toLocaleString('en')
    const all = (size: Measured[], collection: string, key: keyof Timing) =>
      median(size.flatMap((one) => one.runs[collection].map((run) => run[key])))

    const rows = targets.flatMap(({ collection, slug }): Row[] => {
      const before = (key: keyof Timing) => all(measured.small, collection, key)
      const after = (key: keyof Timing) => all(measured.large, collection, key)
      const compared = (key: keyof Timing) => ({
        value: round(after(key)),
        unit: 'ms',
        baseline: `the same with ${few} published: ${round(before(key))} ms`,
        ratio: round(after(key) / before(key), 2),
      })
      return [
        {
          name: `publish ${collection}/${slug}, ${many} published, median`,
          ...compared('publish'),
          note: "target: flat, at most 1.5× apart. The editor's publish call, as POST /publish runs it (answerReviewAction)",
        },
        {
          name: `publish ${collection}/${slug}, ${many} published, CPU time, median`,
          ...compared('publishCpu'),
          note: 'CPU time of the process during the publish call (SQLite runs in it): the same work, unaffected by other processes on a busy machine',
        },
        { name: `submit, 2 approvals and publish ${collection}/${slug}, ${many} published, median`, ...compared('approvalAndPublish') },
        {
          name: `publish-to-visible in the feed, ${collection}/${slug}, ${many} published, median`,
          value: round(after('visible'), 2),
          unit: 'ms',
          baseline: `the publish call itself: ${round(after('publish'))} ms`,
          ratio: round(after('visible') / after('publish'), 2),
          note: `target: under 1 s. From the publish call returning until the shared feed store's handler (as \`npm start\` serves it) answers ${collection}/${slug}.json with the change; ${round(before('visible'), 2)} ms with ${few} published`,
        },
      ]
    })
    rows[0].note += `. ${ROUNDS * RUNS} publications per document and size: ${ROUNDS} processes per size taking turns, each timing ${RUNS} after ${WARMUP} untimed; growing the copy of the database to ${many} took ${grown} s, the suite ${round((performance.now() - started) / 1000)} s`
    return rows
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const resultFile = process.env.GALLEY_BENCH_RESULT
  if (resultFile) await worker(process.argv.slice(2), resultFile)
  else console.table(await benchPublish())
  process.exit(0)
}
