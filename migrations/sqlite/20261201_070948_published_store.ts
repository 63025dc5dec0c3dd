import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillPublishedColumns } from '../../src/revisions/backfillPublishedColumns'

/**
 * The published store's columns: `sequence` (the change log's order, assigned by Galley), `size` and
 * `listing`. Revisions stored before get sequence = their row id (old changes.json cursors stay valid)
 * and their listing from their content. SQLite cannot make a column of a filled table NOT NULL
 * without rebuilding it: here the columns stay nullable, and Payload requires them on every insert.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`revisions\` ADD \`sequence\` numeric;`)
  await db.run(sql`ALTER TABLE \`revisions\` ADD \`size\` numeric;`)
  await db.run(sql`ALTER TABLE \`revisions\` ADD \`listing\` text;`)
  await backfillPublishedColumns({
    readBatch: async (afterId, limit) => {
      const rows = await db.all<{ id: number; revision: string }>(
        sql`SELECT \`id\`, \`revision\` FROM \`revisions\` WHERE \`id\` > ${afterId} ORDER BY \`id\` LIMIT ${limit}`,
      )
      return rows.map((row) => ({ id: Number(row.id), revision: row.revision }))
    },
    write: async (id, { sequence, size, listing }) => {
      await db.run(
        sql`UPDATE \`revisions\` SET \`sequence\` = ${sequence}, \`size\` = ${size}, \`listing\` = ${JSON.stringify(listing)} WHERE \`id\` = ${id}`,
      )
    },
  })
  await db.run(sql`CREATE UNIQUE INDEX \`revisions_sequence_idx\` ON \`revisions\` (\`sequence\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`revisions_sequence_idx\`;`)
  await db.run(sql`ALTER TABLE \`revisions\` DROP COLUMN \`sequence\`;`)
  await db.run(sql`ALTER TABLE \`revisions\` DROP COLUMN \`size\`;`)
  await db.run(sql`ALTER TABLE \`revisions\` DROP COLUMN \`listing\`;`)
}
