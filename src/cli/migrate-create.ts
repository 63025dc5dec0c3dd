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

const migrationFiles = (kind: 'sqlite' | 'postgres') =>
  new Set(fs.existsSync(path.join(root, 'migrations', kind)) ? fs.readdirSync(path.join(root, 'migrations', kind)) : [])

/** Runs Payload's generator and fails unless it wrote a migration (it exits 0 when it sees no change). */
const payloadMigrateCreate = (databaseUri: string, kind: 'sqlite' | 'postgres') => {
  const before = migrationFiles(kind)
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'payload'), ['migrate:create', name], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URI: databaseUri, NODE_OPTIONS: '--no-deprecation' },
  })
  if (result.status !== 0) throw new Error(`payload migrate:create failed for ${databaseUri}`)
  const written = [...migrationFiles(kind)].filter((file) => !before.has(file))
  if (written.length === 0)
    throw new Error(
      `payload migrate:create wrote no ${kind} migration: it found no schema change (run it again, or check the collection change)`,
    )
  console.log(`migrate:create: ${kind}: ${written.join(', ')}`)
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
    payloadMigrateCreate(`file:${scratchFile}`, 'sqlite')
  } finally {
    fs.rmSync(scratchFile, { force: true })
  }

  const scratch = `galley_migrate_${process.pid}`
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(`CREATE DATABASE ${scratch}`)
  try {
    payloadMigrateCreate(withDatabase(serverUrl, scratch), 'postgres')
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`)
    await client.end()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
