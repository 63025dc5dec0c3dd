import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runCrashTrials } from '../helpers/crashTrials'

/**
 * Three `kill -9`s of a second `npm start` (its own SQLite database, the build the suite's server made)
 * while a publish request is in flight; after each restart the revisions, the change log, the review
 * state and the audit trail agree. `npm run crash` runs 50 and more on SQLite and PostgreSQL.
 */
test('kill -9 during publications leaves no partial revision, no gap in versions or the change log, and a consistent review state', async () => {
  test.setTimeout(600_000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-crash-e2e-'))
  try {
    const report = await runCrashTrials({
      database: `file:${path.join(dir, 'galley.db')}`,
      trials: 3,
      port: Number(process.env.E2E_PORT ?? 3100) + 17,
      mode: 'publish',
    })
    expect(report.problems).toEqual([])
    expect(Object.values(report.killedDuring).reduce((sum, count) => sum + count, 0)).toBe(3)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
