import { defineConfig } from '@playwright/test'
import os from 'node:os'
import path from 'node:path'

import { chromiumArgs, chromiumPath } from './tests/helpers/chromium'

const port = Number(process.env.E2E_PORT ?? 3100)
const database = process.env.E2E_DATABASE_URI ?? `file:${path.join(os.tmpdir(), `galley-e2e-${Date.now()}.db`)}`

/**
 * Browser tests in Debian's Chromium (`apt-get install -y chromium`), against `npm start` on a
 * fresh SQLite database: the same build, migrations and demo seed a new user gets.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.e2e\.spec\.ts$/,
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1280, height: 900 },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    command: 'npm start',
    url: `http://localhost:${port}/admin/login`,
    timeout: 600_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_URI: database,
      PAYLOAD_SECRET: 'galley-e2e',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
})
