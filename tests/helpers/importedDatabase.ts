import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')
const fixtures = path.join(root, 'tests', 'fixtures', 'pdq', 'cis')

/**
 * A fresh SQLite database as `npm start` makes it (migrations, the demo), with the PDQ files or
 * folders `inputs` imported by `npm run import:pdq`.
 */
export const importedDatabase = (label: string, inputs: string[]): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`))
  const databaseUri = `file:${path.join(dir, 'galley.db')}`
  const env = { ...process.env, DATABASE_URI: databaseUri, NODE_OPTIONS: '--no-deprecation' }
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx')
  const steps = inputs.length > 0 ? [['src/cli/prepare.ts'], ['src/cli/importPdq.ts', ...inputs]] : [['src/cli/prepare.ts']]
  for (const args of steps) {
    const result = spawnSync(tsx, args, { cwd: root, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 })
    if (result.status !== 0) throw new Error(`${args[0]} failed (${result.status}): ${result.stderr.slice(-2000)}`)
  }
  return databaseUri
}

/** With tests/fixtures' PDQ summaries: the sarcoma set (English and Spanish) and the largest (343584). */
export const fixtureDatabase = (label: string): string => importedDatabase(label, [path.join(fixtures, 'en'), path.join(fixtures, 'es')])
