/**
 * `npm run crash -- [--trials 50] [--database sqlite|postgres|both] [--mode mixed|publish] [--seed N]`:
 * `kill -9` of `npm start` at random points during publications, then a restart and the invariants
 * of tests/helpers/crashTrials.ts (no partial revision, no gap in versions or in the change log, the
 * review state and the audit trail in agreement), on a fresh SQLite file and/or a fresh PostgreSQL
 * database (TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test). Exits 1 on any
 * broken invariant. The browser suite runs three trials on SQLite; CI runs three on PostgreSQL.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import type { CrashReport } from '../tests/helpers/crashTrials'

import { runCrashTrials } from '../tests/helpers/crashTrials'

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '50' },
    database: { type: 'string', default: 'both' },
    mode: { type: 'string', default: 'mixed' },
    seed: { type: 'string' },
  },
})

const fail = (message: string): never => {
  console.error(`crash: ${message}`)
  process.exit(2)
}
if (!/^[1-9][0-9]*$/.test(values.trials)) fail(`--trials must be a whole number, got "${values.trials}"`)
if (!['sqlite', 'postgres', 'both'].includes(values.database)) fail(`--database must be sqlite, postgres or both, got "${values.database}"`)
if (values.mode !== 'mixed' && values.mode !== 'publish') fail(`--mode must be mixed or publish, got "${values.mode}"`)
if (values.seed !== undefined && !/^[0-9]+$/.test(values.seed)) fail(`--seed must be a whole number, got "${values.seed}"`)

const trials = Number(values.trials)
const mode = values.mode as 'mixed' | 'publish'
const seed = values.seed === undefined ? undefined : Number(values.seed)
const port = 19_500 + Math.floor(Math.random() * 400)
const log = (line: string) => console.log(line)

const onSqlite = async (): Promise<CrashReport> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-crash-'))
  const report = await runCrashTrials({ database: `file:${path.join(dir, 'galley.db')}`, trials, port, mode, seed, log }).catch(
    (error: unknown) => {
      // Kept for a post-mortem: the database as the failed restart found it.
      console.error(`crash: the SQLite database is kept in ${dir}`)
      throw error
    },
  )
  fs.rmSync(dir, { recursive: true, force: true })
  return report
}

const onPostgres = async (): Promise<CrashReport> => {
  const server = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  const name = `galley_crash_${Date.now()}_${process.pid}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server })
    await client.connect()
    await client.query(sql)
    await client.end()
  }
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(server)
  url.pathname = `/${name}`
  try {
    return await runCrashTrials({ database: url.toString(), trials, port, mode, seed, log })
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

const reports: [string, CrashReport][] = []
if (values.database !== 'postgres') reports.push(['SQLite', await onSqlite()])
if (values.database !== 'sqlite') reports.push(['PostgreSQL', await onPostgres()])

console.log(
  '\n| database | trials | killed during | publications | revisions at the end | restart after kill -9 (median / worst) | start-up steps retried | broken invariants |',
)
console.log('|---|---|---|---|---|---|---|---|')
for (const [name, report] of reports) {
  const during = Object.entries(report.killedDuring)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ')
  console.log(
    `| ${name} | ${report.trials} | ${during} | ${report.publications} | ${report.revisions} | ${(report.restartMedianMs / 1000).toFixed(1)} s / ${(report.restartWorstMs / 1000).toFixed(1)} s | ${report.startRetries} | ${report.problems.length} |`,
  )
}
const problems = reports.flatMap(([name, report]) => report.problems.map((problem) => `${name}: ${problem}`))
for (const problem of problems) console.error(problem)
process.exit(problems.length ? 1 : 0)
