import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Row } from './diff.bench'

import { parsePdq } from '../src/domain/pdq'
import { summaryFromPdq } from '../src/domain/pdq/galley/fromPdq'

/**
 * The whole PDQ corpus into Galley and back: `npm run import:pdq` on a fresh SQLite database (after
 * `prepare`: migrations and the demo), timed; the same command again (idempotence: nothing imported);
 * then every summary's `/feed/v1/pdq/{cdrId}.xml` compared with NCI's file and validated against
 * pdqCG.dtd (`pdq-export-check.ts`). Baseline: parsing and mapping the same files in one process,
 * the part of the import that is not the database. PDQ_IMPORT_DB=file:… reuses an imported database
 * (skips both imports).
 */
const root = path.resolve(import.meta.dirname, '..')
const corpus = path.resolve(process.env.PDQ_CORPUS ?? path.join(root, '..', 'shared', 'pdq'))
const folders = ['cis/en', 'cis/es', 'dis/en']
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

const run = (args: string[], databaseUri: string) => {
  const start = performance.now()
  const result = spawnSync(tsx, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, DATABASE_URI: databaseUri, NODE_OPTIONS: '--no-deprecation' },
  })
  return { ms: performance.now() - start, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const tableOf = (stdout: string) => stdout.slice(stdout.indexOf('outcome')).split('\n\n')[0]
const count = (table: string, outcome: string) => Number(new RegExp(`^${outcome}\\s+(\\d+)`, 'm').exec(table)?.[1] ?? NaN)

export async function benchPdqImport(): Promise<Row[]> {
  if (!fs.existsSync(path.join(corpus, 'dtd', 'pdqCG.dtd'))) throw new Error(`no PDQ corpus at ${corpus}; set PDQ_CORPUS`)
  const inputs = folders.map((folder) => path.join(corpus, folder))

  const startBaseline = performance.now()
  for (const folder of folders)
    for (const name of fs.readdirSync(path.join(corpus, folder)).filter((file) => file.endsWith('.xml'))) {
      const doc = parsePdq(fs.readFileSync(path.join(corpus, folder, name), 'utf8'), { file: name })
      if (doc.kind === 'Summary') summaryFromPdq(doc, { file: name })
    }
  const baselineMs = performance.now() - startBaseline

  let databaseUri = process.env.PDQ_IMPORT_DB
  const rows: Row[] = []
  if (!databaseUri) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdq-import-'))
    databaseUri = `file:${path.join(dir, 'galley.db')}`
    const prepared = run([path.join(root, 'src', 'cli', 'prepare.ts')], databaseUri)
    if (prepared.status !== 0) throw new Error(`prepare failed: ${prepared.stderr}`)
    const first = run([path.join(root, 'src', 'cli', 'importPdq.ts'), ...inputs], databaseUri)
    const again = run([path.join(root, 'src', 'cli', 'importPdq.ts'), ...inputs], databaseUri)
    console.log(
      `\n## PDQ import: ${inputs.join(' ')}\n\nfirst run (exit ${first.status}):\n${tableOf(first.stdout)}\n\nagain (exit ${again.status}):\n${tableOf(again.stdout)}`,
    )
    rows.push(
      {
        name: 'import:pdq, whole corpus, fresh SQLite database',
        value: Math.round(first.ms / 1000),
        unit: 's',
        baseline: 'parse + map the same files, no database',
        ratio: Number((first.ms / baselineMs).toFixed(1)),
        note: `imported ${count(tableOf(first.stdout), 'imported')}, skipped ${count(tableOf(first.stdout), 'skipped')}, failed ${count(tableOf(first.stdout), 'failed')}; NCI's publisher takes about 20 minutes for the same 1,330 documents`,
      },
      {
        name: 'import:pdq again (nothing changed)',
        value: Math.round(again.ms / 1000),
        unit: 's',
        note: `imported ${count(tableOf(again.stdout), 'imported')}, unchanged ${count(tableOf(again.stdout), 'unchanged')}`,
      },
    )
  }
  // The search bench, later in the same `npm run bench`, measures on this database too.
  process.env.PDQ_IMPORT_DB = databaseUri
  const check = run([path.join(root, 'bench', 'pdq-export-check.ts'), corpus, ...folders], databaseUri)
  const line = check.stdout.split('\n').find((text) => text.startsWith('{'))
  if (!line) throw new Error(`the export check failed: ${check.stderr.slice(-2000)}`)
  const result = JSON.parse(line)
  console.log(`\n## PDQ export of the imported corpus\n\n${JSON.stringify(result, null, 2)}`)
  rows.push(
    {
      name: 'summaries exported with the same content as NCI’s file',
      value: result.identical,
      unit: `of ${result.summaries}`,
      note: `${result.exported} exported, ${result.differences} difference(s), ${result.invalid} invalid against pdqCG.dtd`,
    },
    {
      name: 'PDQ XML export, every summary once (uncached)',
      value: result.exportMs,
      unit: 'ms',
      baseline: 'parse + map, no database',
      ratio: Number((result.exportMs / baselineMs).toFixed(2)),
    },
  )
  return rows
}
