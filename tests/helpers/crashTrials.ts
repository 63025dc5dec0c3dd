import type { GalleyServer } from './galleyServer'

import { startGalley, tokenOf } from './galleyServer'

/**
 * Crash safety: `kill -9` of the server at random points while publications go through review, then a
 * restart and a check that nothing is half done. Used by `npm run crash` (many trials, SQLite and
 * PostgreSQL) and by the browser suite's crash test (a few).
 *
 * Several drugs go round the review cycle at once over REST, as people would: a writer edits the draft
 * and submits it, two board members approve, the editor publishes. Each trial kills the whole server
 * process group with SIGKILL, either while a publish request is in flight (after a random part of the
 * time a publish takes) or at a random moment of the cycle, restarts `npm start` on the same database
 * and checks, through the API and the public feed:
 * - every document's revisions are numbered 1…n with no gap, each chained to the previous one's hash;
 * - the change log (`changes.json`) holds one event per revision, numbered 1…N with no gap, in the
 *   revisions' sequence order, naming the same type, slug and version;
 * - the feed serves each driven drug's newest revision, with its hash, and the published document
 *   (what the API serves without `draft`) carries the text of that revision;
 * - each review's state and round are those of its last audit-trail event, and the audit trail holds
 *   exactly one publishing event per revision;
 * - and the interrupted cycle can go on: the driver reads each drug's review state and carries on from
 *   it, so a publication lost to the crash is published again after it, never twice.
 */

export type CrashTrialOptions = {
  /** DATABASE_URI of a database the trials may create and change (a fresh one is best). */
  database: string
  trials: number
  port: number
  /** 'publish': every kill lands while a publish request is in flight; 'mixed': 2 in 3 do, the rest anywhere in the cycle. */
  mode?: 'publish' | 'mixed'
  /** Seed of the random kill points, so a failing run can be repeated. */
  seed?: number
  drugs?: string[]
  log?: (line: string) => void
}

export type CrashReport = {
  trials: number
  /** How many kills landed while each kind of request was in flight ("publish", "vote", "submit", "edit", "none"). */
  killedDuring: Record<string, number>
  /** Publications that the driver saw answered 200 over all trials. */
  publications: number
  /** Revisions in the database at the end. */
  revisions: number
  /** Milliseconds from `kill -9` to the restarted server's feed answering: median and worst. */
  restartMedianMs: number
  restartWorstMs: number
  /** Restarts in which `npm start` had to run a start-up step again (its modules never finished loading). */
  startRetries: number
  /** Every broken invariant found, with the trial it was found after. Empty when the run held. */
  problems: string[]
}

type Headers = Record<string, string>
type Accounts = { admin: Headers; writer: Headers; editor: Headers; reviewers: Headers[] }
type RevisionRow = {
  type: string
  slug: string
  documentId: string
  version: number
  hash: string
  previousHash?: string | null
  sequence: number
  kind: string
}
type EventRow = { id: number | string; action: string; fromState: string; toState: string; round: number; createdAt: string }
type ReviewRow = { documentId: string; state: string; round: number }

const median = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] : 0)

/** A small seeded generator (mulberry32): the same seed gives the same kill points. */
const random = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Stopped extends Error {}

const getJson = async <T>(origin: string, path: string, headers: Headers = {}): Promise<T> => {
  const response = await fetch(`${origin}${path}`, { headers })
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`)
  return (await response.json()) as T
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString()

/** Every revision, as bookkeeping (without content). */
const readRevisions = async (origin: string, admin: Headers): Promise<RevisionRow[]> => {
  const fields = ['type', 'slug', 'documentId', 'version', 'hash', 'previousHash', 'sequence', 'kind']
  const select = Object.fromEntries(fields.map((field) => [`select[${field}]`, 'true']))
  const body = await getJson<{ docs: RevisionRow[] }>(
    origin,
    `/api/revisions?${query({ pagination: 'false', depth: '0', sort: 'sequence', ...select })}`,
    admin,
  )
  return body.docs
}

/** The whole change log, page by page. */
const readChangeLog = async (origin: string) => {
  const events: { id: string; type: string; slug: string; version: number }[] = []
  let since = ''
  for (;;) {
    const page = await getJson<{ events: typeof events; nextCursor: string }>(
      origin,
      `/feed/v1/changes.json?${query({ since, limit: '500' })}`,
    )
    events.push(...page.events)
    if (page.events.length === 0) return events
    since = page.nextCursor
  }
}

const markerPattern = /crash trial \d+ step \d+ [a-z-]+/

/** The invariants after a restart; each broken one is a line naming what broke. */
export const checkInvariants = async ({
  origin,
  admin,
  drugs,
}: {
  origin: string
  admin: Headers
  drugs: { id: string; slug: string }[]
}): Promise<string[]> => {
  const problems: string[] = []
  const revisions = await readRevisions(origin, admin)

  // Revisions: 1…n per document, hash-chained.
  const byDocument = new Map<string, RevisionRow[]>()
  for (const revision of revisions) {
    const key = `${revision.type}:${revision.documentId}`
    byDocument.set(key, [...(byDocument.get(key) ?? []), revision])
  }
  for (const [key, chain] of byDocument) {
    chain.sort((a, b) => a.version - b.version)
    chain.forEach((revision, index) => {
      if (revision.version !== index + 1)
        problems.push(`${key}: versions are ${chain.map((r) => r.version).join(',')}, not 1…${chain.length}`)
      const previous = index === 0 ? null : chain[index - 1].hash
      if ((revision.previousHash ?? null) !== previous)
        problems.push(`${key} v${revision.version}: previousHash does not chain to v${index}`)
    })
  }

  // Sequences 1…N, and the change log says the same.
  const sequences = revisions.map((revision) => revision.sequence).sort((a, b) => a - b)
  sequences.forEach((sequence, index) => {
    if (sequence !== index + 1) problems.push(`revision sequences have a gap or repeat at ${index + 1} (found ${sequence})`)
  })
  const bySequence = new Map(revisions.map((revision) => [revision.sequence, revision]))
  const changes = await readChangeLog(origin)
  if (changes.length !== revisions.length) problems.push(`the change log has ${changes.length} events for ${revisions.length} revisions`)
  changes.forEach((event, index) => {
    if (event.id !== String(index + 1)) problems.push(`change log event ${index + 1} has id ${event.id}`)
    const revision = bySequence.get(Number(event.id))
    if (!revision || revision.type !== event.type || revision.slug !== event.slug || revision.version !== event.version) {
      problems.push(`change log event ${event.id} (${event.type}/${event.slug} v${event.version}) matches no revision with that sequence`)
    }
  })

  // The driven drugs: feed, published document, review state and audit trail agree with the revisions.
  const reviews = await getJson<{ docs: ReviewRow[] }>(
    origin,
    `/api/reviews?${query({ pagination: 'false', depth: '0', 'where[reviewedCollection][equals]': 'drugs' })}`,
    admin,
  )
  for (const drug of drugs) {
    const chain = byDocument.get(`drugs:${drug.id}`) ?? []
    const latest = chain.at(-1)
    if (!latest) {
      problems.push(`drugs/${drug.slug}: no revision at all`)
      continue
    }
    const feed = await fetch(`${origin}/feed/v1/drugs/${drug.slug}.json`)
    const served = feed.ok ? ((await feed.json()) as { version: number; hash: string }) : null
    if (!served || served.version !== latest.version || served.hash !== latest.hash) {
      problems.push(
        `drugs/${drug.slug}: the feed serves ${served ? `v${served.version}` : feed.status}, the newest revision is v${latest.version}`,
      )
    }
    // The content's own field: the revision's change log also quotes the previous value.
    const revisionMarker = (served as { content?: { drugClass?: string } } | null)?.content?.drugClass?.match(markerPattern)?.[0]
    const document = await getJson<{ drugClass?: string }>(origin, `/api/drugs/${drug.id}?depth=0`, admin)
    const documentMarker = document.drugClass?.match(markerPattern)?.[0]
    if (revisionMarker !== documentMarker) {
      problems.push(`drugs/${drug.slug}: the published document says "${documentMarker}", its newest revision "${revisionMarker}"`)
    }

    const review = reviews.docs.find((row) => String(row.documentId) === drug.id)
    const events = (
      await getJson<{ docs: EventRow[] }>(
        origin,
        `/api/review-events?${query({ pagination: 'false', depth: '0', 'where[docKey][equals]': `drugs:${drug.id}` })}`,
        admin,
      )
    ).docs.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || Number(a.id) - Number(b.id))
    const last = events.at(-1)
    // A document imported and not changed since has no review row yet: it is published, round 0.
    const state = review?.state ?? 'published'
    const round = review?.round ?? 0
    if (!last) problems.push(`drugs/${drug.slug}: no audit trail`)
    else if (state !== last.toState || round !== last.round) {
      problems.push(
        `drugs/${drug.slug}: review is ${state} round ${round}, its last event ${last.action} → ${last.toState} round ${last.round}`,
      )
    }
    const publishing = events.filter(
      (event) => (event.toState === 'published' || event.toState === 'retired') && event.fromState !== event.toState,
    )
    if (publishing.length !== chain.length) {
      problems.push(`drugs/${drug.slug}: ${publishing.length} publishing events in the audit trail for ${chain.length} revisions`)
    }
  }
  return problems
}

type Step = 'edit' | 'submit' | 'vote' | 'publish'

/**
 * One drug going round the review cycle until `stopped()`: reads its review state, does the next step.
 * Requests the server does not answer (it was killed) end the loop; an answer the cycle does not expect
 * is a problem.
 */
const drive = async ({
  origin,
  accounts,
  drug,
  trial,
  inFlight,
  stopped,
  onPublishStart,
  onPublished,
  problems,
}: {
  origin: string
  accounts: Accounts
  drug: { id: string; slug: string }
  trial: number
  inFlight: Map<string, Step>
  stopped: () => boolean
  onPublishStart: () => void
  onPublished: (ms: number) => void
  problems: string[]
}) => {
  let step = 0
  const request = async (kind: Step, path: string, headers: Headers, method: string, body: unknown) => {
    if (stopped()) throw new Stopped()
    inFlight.set(drug.slug, kind)
    if (kind === 'publish') onPublishStart()
    const started = performance.now()
    let response: Response
    try {
      response = await fetch(`${origin}${path}`, { method, headers, body: JSON.stringify(body) })
    } catch {
      throw new Stopped() // the server went away mid-request
    } finally {
      inFlight.delete(drug.slug)
    }
    const text = await response.text().catch(() => '')
    if (stopped()) throw new Stopped()
    if (kind === 'publish' && response.ok) onPublished(performance.now() - started)
    return { status: response.status, text }
  }
  let lastAnswers = ''
  let unchanged = 0
  let lastState = ''
  const expectOk = (kind: Step, answer: { status: number; text: string }) => {
    if (answer.status >= 200 && answer.status < 300) return
    problems.push(`trial ${trial}: ${kind} of drugs/${drug.slug} answered ${answer.status}: ${answer.text.slice(0, 300)}`)
    throw new Stopped()
  }
  try {
    for (;;) {
      if (stopped()) return
      step += 1
      const { docs } = await getJson<{
        docs: (ReviewRow & { review: { votes?: { reviewerId?: string; voterId?: string; round?: number }[] } })[]
      }>(origin, `/api/reviews?${query({ depth: '0', 'where[docKey][equals]': `drugs:${drug.id}` })}`, accounts.admin).catch(() => {
        throw new Stopped()
      })
      const state = docs[0]?.state ?? 'published'
      unchanged = state === lastState ? unchanged + 1 : 0
      lastState = state
      if (unchanged >= 5) {
        problems.push(`trial ${trial}: drugs/${drug.slug} stays ${state}; the last answers were ${lastAnswers}`)
        return
      }
      if (state === 'published' || state === 'draft' || state === 'changes-requested') {
        const marker = `crash trial ${trial} step ${step} ${drug.slug}`
        expectOk(
          'edit',
          await request('edit', `/api/drugs/${drug.id}?draft=true`, accounts.writer, 'PATCH', {
            drugClass: `Kinase inhibitor (${marker})`,
          }),
        )
        expectOk(
          'submit',
          await request('submit', `/api/drugs/${drug.id}/submit`, accounts.writer, 'POST', { changeType: 'minor-change', note: marker }),
        )
      } else if (state === 'in-review') {
        // A vote cast before the crash may have been kept: a second vote by the same person is refused (409), which is fine.
        for (const reviewer of accounts.reviewers) {
          const answer = await request('vote', `/api/drugs/${drug.id}/vote`, reviewer, 'POST', { decision: 'approve' })
          lastAnswers = `${answer.status} ${answer.text.slice(0, 200)}`
          if (answer.status !== 409) expectOk('vote', answer)
        }
      } else if (state === 'approved') {
        expectOk('publish', await request('publish', `/api/drugs/${drug.id}/publish`, accounts.editor, 'POST', {}))
      } else {
        problems.push(`trial ${trial}: drugs/${drug.slug} is in review state "${state}", which the cycle never leads to`)
        return
      }
    }
  } catch (error) {
    if (!(error instanceof Stopped)) throw error
  }
}

export const runCrashTrials = async (options: CrashTrialOptions): Promise<CrashReport> => {
  const { database, trials, port, mode = 'mixed', seed = Date.now() % 1_000_000, log = () => undefined } = options
  const slugs = options.drugs ?? ['pazopanib', 'imatinib', 'sunitinib']
  const next = random(seed)
  log(`crash: seed ${seed}, ${trials} trials, mode ${mode}`)
  const problems: string[] = []
  const killedDuring: Record<string, number> = {}
  const publishTimes: number[] = []
  const restarts: number[] = []
  let publications = 0
  let startRetries = 0

  let server: GalleyServer = await startGalley(port, database)
  try {
    const origin = server.origin
    const accounts: Accounts = {
      admin: await tokenOf(origin, 'admin@galley.test'),
      writer: await tokenOf(origin, 'writer@galley.test'),
      editor: await tokenOf(origin, 'editor@galley.test'),
      reviewers: [await tokenOf(origin, 'reviewer1@galley.test'), await tokenOf(origin, 'reviewer2@galley.test')],
    }
    const drugs = await Promise.all(
      slugs.map(async (slug) => {
        const { docs } = await getJson<{ docs: { id: number | string }[] }>(
          origin,
          `/api/drugs?${query({ depth: '0', 'where[slug][equals]': slug })}`,
          accounts.admin,
        )
        if (!docs[0]) throw new Error(`the demo has no drug "${slug}"`)
        return { id: String(docs[0].id), slug }
      }),
    )
    const before = await checkInvariants({ origin, admin: accounts.admin, drugs })
    if (before.length) throw new Error(`the invariants do not hold even before the first kill:\n${before.join('\n')}`)

    for (let trial = 1; trial <= trials; trial++) {
      const inFlight = new Map<string, Step>()
      let stop = false
      let kill: () => void = () => undefined
      const killed = new Promise<void>((resolve) => (kill = resolve))
      const duringPublish = mode === 'publish' || next() < 2 / 3
      const typicalPublish = median(publishTimes) || 150
      const wait = duringPublish ? next() * typicalPublish * 1.2 : 200 + next() * 2_500
      let armed = !duringPublish
      if (armed) setTimeout(kill, wait)
      const onPublishStart = () => {
        if (armed) return
        armed = true
        setTimeout(kill, wait)
      }
      const drivers = drugs.map((drug) =>
        drive({
          origin,
          accounts,
          drug,
          trial,
          inFlight,
          stopped: () => stop,
          onPublishStart,
          onPublished: (ms) => {
            publications += 1
            publishTimes.push(ms)
          },
          problems,
        }),
      )
      // A driver that stops on a problem must not leave the trial waiting for a publish forever.
      const noPublish = setTimeout(kill, 30_000)
      await killed
      clearTimeout(noPublish)
      const during = [...new Set(inFlight.values())].sort().join('+') || 'none'
      killedDuring[during] = (killedDuring[during] ?? 0) + 1
      const killedAt = performance.now()
      await server.kill()
      stop = true
      await Promise.all(drivers)

      server = await startGalley(port, database)
      restarts.push(performance.now() - killedAt)
      if (server.output().includes('retrying (attempt')) startRetries += 1
      const found = await checkInvariants({ origin, admin: accounts.admin, drugs })
      problems.push(...found.map((problem) => `after trial ${trial} (killed during ${during}): ${problem}`))
      log(
        `crash: trial ${trial}/${trials}: killed during ${during} after ${Math.round(wait)} ms; restarted in ${Math.round(restarts.at(-1)!)} ms; ${found.length ? `${found.length} PROBLEMS:\n  ${found.join('\n  ')}` : 'all invariants hold'}`,
      )
    }
    const revisions = (await readRevisions(origin, accounts.admin)).length
    return {
      trials,
      killedDuring,
      publications,
      revisions,
      restartMedianMs: Math.round(median(restarts)),
      restartWorstMs: Math.round(Math.max(0, ...restarts)),
      startRetries,
      problems,
    }
  } finally {
    await server.stop()
  }
}
