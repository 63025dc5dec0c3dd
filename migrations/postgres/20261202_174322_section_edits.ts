import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_section_edits_section_type" AS ENUM('general-information', 'stages', 'treatment-overview', 'treatment-by-stage', 'recurrent', 'learn-more', 'about-this-summary', 'other');
  CREATE TABLE "section_edits_key_points" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "section_edits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary_id" integer NOT NULL,
  	"section_id" varchar NOT NULL,
  	"insert_after" varchar,
  	"base_fingerprint" varchar,
  	"title" varchar,
  	"level" numeric DEFAULT 1 NOT NULL,
  	"pdq_id" varchar,
  	"section_type" "enum_section_edits_section_type" DEFAULT 'other' NOT NULL,
  	"body" jsonb,
  	"pdq" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "section_edits_id" integer;
  ALTER TABLE "section_edits_key_points" ADD CONSTRAINT "section_edits_key_points_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."section_edits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "section_edits" ADD CONSTRAINT "section_edits_summary_id_summaries_id_fk" FOREIGN KEY ("summary_id") REFERENCES "public"."summaries"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "section_edits_key_points_order_idx" ON "section_edits_key_points" USING btree ("_order");
  CREATE INDEX "section_edits_key_points_parent_id_idx" ON "section_edits_key_points" USING btree ("_parent_id");
  CREATE INDEX "section_edits_summary_idx" ON "section_edits" USING btree ("summary_id");
  CREATE INDEX "section_edits_section_id_idx" ON "section_edits" USING btree ("section_id");
  CREATE INDEX "section_edits_updated_at_idx" ON "section_edits" USING btree ("updated_at");
  CREATE INDEX "section_edits_created_at_idx" ON "section_edits" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_section_edits_fk" FOREIGN KEY ("section_edits_id") REFERENCES "public"."section_edits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_section_edits_id_idx" ON "payload_locked_documents_rels" USING btree ("section_edits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "section_edits_key_points" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "section_edits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "section_edits_key_points" CASCADE;
  DROP TABLE "section_edits" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_section_edits_fk";
  
  DROP INDEX "payload_locked_documents_rels_section_edits_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "section_edits_id";
  DROP TYPE "public"."enum_section_edits_section_type";`)
}
