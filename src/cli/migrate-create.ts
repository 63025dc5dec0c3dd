/**
 * `npm run migrate:create -- name`: writes the same schema change as a migration for SQLite
 * (migrations/sqlite) and for PostgreSQL (migrations/postgres). The PostgreSQL one is generated
 * against a scratch database on MIGRATE_POSTGRES_URL (default: the local server), which is
 * created empty and dropped afterwards, so the generator sees the previous migrations' snapshot.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

const root = path.resolve(import.meta.dirname, '..', '..')
const name = process.argv[2]
const serverUrl = process.env.MIGRATE_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

const payloadMigrateCreate = (databaseUri: string) => {
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'payload'), ['migrate:create', name], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URI: databaseUri, NODE_OPTIONS: '--no-deprecation' },
  })
  if (result.status !== 0) throw new Error(`payload migrate:create failed for ${databaseUri}`)
}

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

const main = async () => {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('usage: npm run migrate:create -- name   (lowercase letters, digits and _)')
  }
  const scratchFile = path.join(root, 'data', 'migrate-create.db')
  fs.mkdirSync(path.dirname(scratchFile), { recursive: true })
  try {
    payloadMigrateCreate(`file:${scratchFile}`)
  } finally {
    fs.rmSync(scratchFile, { force: true })
  }

  const scratch = `galley_migrate_${process.pid}`
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(`CREATE DATABASE ${scratch}`)
  try {
    payloadMigrateCreate(withDatabase(serverUrl, scratch))
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`)
    await client.end()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
