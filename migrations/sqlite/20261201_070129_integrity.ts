import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

type Db = MigrateUpArgs['db']
type Row = Record<string, unknown>

/**
 * The tables whose ids anything refers to (every table with an integer id except the `_rels` join
 * tables, as Payload's `autoIncrement: true` makes them). With AUTOINCREMENT, SQLite never gives a
 * deleted row's id to a new one; without it a new document could take the id of a deleted one and
 * inherit its review and revisions.
 */
const autoIncrementTables = [
  '_drugs_v', '_drugs_v_version_approvals', '_drugs_v_version_brand_names', '_drugs_v_version_side_effects',
  '_references_v', '_references_v_version_authors', '_references_v_version_editors', '_stages_v',
  '_stages_v_version_criteria', '_stages_v_version_criteria_grades', '_stages_v_version_treatment_options',
  '_summaries_v', '_summaries_v_version_sections', '_summaries_v_version_sections_key_points', '_treatments_v',
  'boards', 'drugs', 'editorial_settings', 'payload_jobs', 'payload_kv', 'payload_locked_documents',
  'payload_migrations', 'payload_preferences', 'references', 'review_comments', 'review_events', 'reviews',
  'revisions', 'stages', 'stages_criteria_grades', 'summaries', 'treatments', 'users', 'users_roles',
  'webhook_deliveries', 'webhook_subscriptions', 'webhook_subscriptions_types',
]

const plainId = '`id` integer PRIMARY KEY NOT NULL'
const autoId = '`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL'

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Tables in an order where every table comes after the tables it refers to (self-references aside). */
const parentsFirst = async (db: Db, tables: string[]): Promise<string[]> => {
  const parents = new Map<string, string[]>()
  for (const table of tables) {
    const keys = (await db.all(sql.raw(`PRAGMA foreign_key_list(${quote(table)})`))) as Row[]
    parents.set(table, keys.map((key) => String(key.table)).filter((parent) => parent !== table))
  }
  const ordered: string[] = []
  const seen = new Set<string>()
  const visit = (table: string) => {
    if (seen.has(table)) return
    seen.add(table)
    for (const parent of parents.get(table) ?? []) if (parents.has(parent)) visit(parent)
    ordered.push(table)
  }
  tables.forEach(visit)
  return ordered
}

/**
 * Rebuilds every table with its `CREATE TABLE` rewritten by `rewrite`, keeping every row, inside
 * Payload's migration transaction. SQLite cannot alter a primary key, and `PRAGMA foreign_keys=OFF`
 * (the usual rebuild recipe) does nothing inside a transaction, so dropping a parent table would
 * cascade-delete its children's rows. Instead every table is copied aside, all are dropped children
 * first (so nothing cascades), created again, and refilled parents first.
 */
const rebuildTables = async (db: Db, rewrite: (table: string, create: string) => string) => {
  const tables = (await db.all(
    sql.raw(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'`),
  )) as { name: string; sql: string }[]
  const indexes = (await db.all(
    sql.raw(`SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE 'sqlite_%'`),
  )) as { sql: string }[]
  const create = new Map(tables.map((table) => [table.name, table.sql]))
  const order = await parentsFirst(db, [...create.keys()])
  await db.run(sql.raw('PRAGMA defer_foreign_keys = ON'))
  for (const table of order) await db.run(sql.raw(`CREATE TEMP TABLE ${quote(`copy_${table}`)} AS SELECT * FROM ${quote(table)}`))
  for (const table of [...order].reverse()) await db.run(sql.raw(`DROP TABLE ${quote(table)}`))
  for (const table of order) await db.run(sql.raw(rewrite(table, create.get(table)!)))
  for (const table of order) {
    await db.run(sql.raw(`INSERT INTO ${quote(table)} SELECT * FROM temp.${quote(`copy_${table}`)} ORDER BY rowid`))
    await db.run(sql.raw(`DROP TABLE temp.${quote(`copy_${table}`)}`))
  }
  for (const index of indexes) await db.run(sql.raw(index.sql))
  const broken = (await db.all(sql.raw('PRAGMA foreign_key_check'))) as Row[]
  if (broken.length > 0) throw new Error(`rebuilding the tables broke ${broken.length} foreign keys: ${JSON.stringify(broken.slice(0, 5))}`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`active\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`deactivated_at\` text;`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`acted_as_user_id\` text;`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`acted_as_name\` text;`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`acted_as_email\` text;`)
  // Who acted, as the audit trail has always meant it: the account as it is now is the best record left.
  await db.run(sql`UPDATE \`review_events\` SET
    \`acted_as_user_id\` = CAST(\`actor_id\` AS text),
    \`acted_as_name\` = (SELECT \`name\` FROM \`users\` WHERE \`users\`.\`id\` = \`review_events\`.\`actor_id\`),
    \`acted_as_email\` = (SELECT \`email\` FROM \`users\` WHERE \`users\`.\`id\` = \`review_events\`.\`actor_id\`)
    WHERE \`actor_id\` IS NOT NULL;`)
  await rebuildTables(db, (table, create) => (autoIncrementTables.includes(table) ? create.replace(plainId, autoId) : create))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rebuildTables(db, (_table, create) => create.replace(autoId, plainId))
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`acted_as_email\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`acted_as_name\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`acted_as_user_id\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`deactivated_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`active\`;`)
}
