import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

/**
 * Every int run gets a fresh database: a new SQLite file, or, when TEST_POSTGRES_URL is set, a new
 * PostgreSQL database on that server (dropped afterwards). The schema comes from migrations/ and
 * the demo content from the seed, exactly as `npm start` makes them.
 */
const root = path.resolve(import.meta.dirname, '..', '..')

const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

export default async function setup() {
  const postgresUrl = process.env.TEST_POSTGRES_URL
  let teardown: () => Promise<void>

  if (postgresUrl) {
    const name = `galley_test_${Date.now()}_${process.pid}`
    const admin = new pg.Client({ connectionString: postgresUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    process.env.DATABASE_URI = withDatabase(postgresUrl, name)
    teardown = async () => {
      const client = new pg.Client({ connectionString: postgresUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    }
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-int-'))
    process.env.DATABASE_URI = `file:${path.join(dir, 'galley.db')}`
    teardown = async () => fs.rmSync(dir, { recursive: true, force: true })
  }

  process.env.PAYLOAD_SECRET ??= 'galley-int-tests'
  process.env.DEMO_PASSWORD = 'galley-demo'
  const prepare = () =>
    spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/prepare.ts'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', NODE_OPTIONS: '--no-deprecation' },
      encoding: 'utf8',
    })
  let prepared = prepare()
  // Status 13 with nothing printed: Node gave up on a module that never finished loading, before
  // prepare.ts ran at all (seen under load; see README, "Not built yet"). `npm start` retries it too.
  for (let retry = 0; retry < 2 && prepared.status === 13 && !prepared.stdout && !prepared.stderr; retry++) prepared = prepare()
  if (prepared.status !== 0) {
    throw new Error(`migrating and seeding the test database failed (exit ${prepared.status}):\n${prepared.stdout}\n${prepared.stderr}`)
  }
  return teardown
}
