import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "active" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp(3) with time zone;
  ALTER TABLE "review_events" ADD COLUMN "acted_as_user_id" varchar;
  ALTER TABLE "review_events" ADD COLUMN "acted_as_name" varchar;
  ALTER TABLE "review_events" ADD COLUMN "acted_as_email" varchar;`)
  // Who acted, as the audit trail has always meant it: the account as it is now is the best record left.
  await db.execute(sql`
   UPDATE "review_events" SET "acted_as_user_id" = "review_events"."actor_id"::text, "acted_as_name" = "users"."name", "acted_as_email" = "users"."email"
   FROM "users" WHERE "users"."id" = "review_events"."actor_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "active";
  ALTER TABLE "users" DROP COLUMN "deactivated_at";
  ALTER TABLE "review_events" DROP COLUMN "acted_as_user_id";
  ALTER TABLE "review_events" DROP COLUMN "acted_as_name";
  ALTER TABLE "review_events" DROP COLUMN "acted_as_email";`)
}
