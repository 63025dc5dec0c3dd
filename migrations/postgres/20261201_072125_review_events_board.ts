import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events" ADD COLUMN "board_id" integer;
  ALTER TABLE "review_events" ADD CONSTRAINT "review_events_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."boards"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_events_board_idx" ON "review_events" USING btree ("board_id");`)
  // Events recorded before: the board responsible for their document now.
  for (const table of ['summaries', 'stages', 'treatments', 'drugs', 'references']) {
    await db.execute(
      sql.raw(
        `UPDATE review_events SET board_id = (SELECT board_id FROM "${table}" WHERE "${table}".id = CAST(review_events.document_id AS INTEGER)) WHERE reviewed_collection = '${table}' AND board_id IS NULL;`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events" DROP CONSTRAINT "review_events_board_id_boards_id_fk";
  
  DROP INDEX "review_events_board_idx";
  ALTER TABLE "review_events" DROP COLUMN "board_id";`)
}
