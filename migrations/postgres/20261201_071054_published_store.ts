import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillPublishedColumns } from '../../src/revisions/backfillPublishedColumns'

/**
 * The published store's columns: `sequence` (the change log's order, assigned by Galley), `size` and
 * `listing`. Revisions stored before get sequence = their row id (old changes.json cursors stay valid)
 * and their listing from their content; then the columns become NOT NULL.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "revisions" ADD COLUMN "sequence" numeric;
  ALTER TABLE "revisions" ADD COLUMN "size" numeric;
  ALTER TABLE "revisions" ADD COLUMN "listing" jsonb;`)
  await backfillPublishedColumns({
    readBatch: async (afterId, limit) => {
      const result = (await db.execute(
        sql`SELECT "id", "revision" FROM "revisions" WHERE "id" > ${afterId} ORDER BY "id" LIMIT ${limit}`,
      )) as unknown as { rows: { id: number; revision: unknown }[] }
      return result.rows.map((row) => ({ id: Number(row.id), revision: row.revision }))
    },
    write: async (id, { sequence, size, listing }) => {
      await db.execute(
        sql`UPDATE "revisions" SET "sequence" = ${sequence}, "size" = ${size}, "listing" = ${JSON.stringify(listing)}::jsonb WHERE "id" = ${id}`,
      )
    },
  })
  await db.execute(sql`
   ALTER TABLE "revisions" ALTER COLUMN "sequence" SET NOT NULL;
  ALTER TABLE "revisions" ALTER COLUMN "size" SET NOT NULL;
  ALTER TABLE "revisions" ALTER COLUMN "listing" SET NOT NULL;
  CREATE UNIQUE INDEX "revisions_sequence_idx" ON "revisions" USING btree ("sequence");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "revisions_sequence_idx";
  ALTER TABLE "revisions" DROP COLUMN "sequence";
  ALTER TABLE "revisions" DROP COLUMN "size";
  ALTER TABLE "revisions" DROP COLUMN "listing";`)
}
