import { spawnSync } from 'node:child_process'
import path from 'node:path'

import type { Row } from './diff.bench'

import { importedDatabase } from '../tests/helpers/importedDatabase'

/**
 * Full-text search over the whole imported corpus: p50 and p95 of `search()` (the JSON endpoint's
 * work: parse, match every part, rank, pick each hit's section and its snippet) for English and
 * Spanish queries of every kind — a rare word, a common one, several words, a phrase, a filter.
 * Baseline, same run, same database: the naive search a CMS without an index would do, a substring
 * scan (`LIKE '%word%'`) of the same sections' text. And the time to rebuild the index from the
 * latest published revisions (what a database from before search does once, at `npm start`).
 *
 * Runs on SEARCH_BENCH_DB, or PDQ_IMPORT_DB (the pdq-import suite's database when both run), or else
 * imports the corpus's summaries (cis/en, cis/es) into a fresh SQLite database first (some 20 minutes).
 */
const root = path.resolve(import.meta.dirname, '..')
const corpus = path.resolve(process.env.PDQ_CORPUS ?? path.join(root, '..', 'shared', 'pdq'))
const tsx = path.join(root, 'node_modules', '.bin', 'tsx')

export async function benchSearch(): Promise<Row[]> {
  const databaseUri =
    process.env.SEARCH_BENCH_DB ??
    process.env.PDQ_IMPORT_DB ??
    importedDatabase('search-bench', [path.join(corpus, 'cis', 'en'), path.join(corpus, 'cis', 'es')])
  const result = spawnSync(tsx, [path.join(root, 'bench', 'search-run.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DATABASE_URI: databaseUri, NODE_OPTIONS: '--no-deprecation' },
  })
  const line = result.stdout.split('\n').find((text) => text.startsWith('{"rows"'))
  if (result.status !== 0 || !line) throw new Error(`search bench failed (${result.status}): ${result.stderr.slice(-2000)}`)
  return (JSON.parse(line) as { rows: Row[] }).rows
}
