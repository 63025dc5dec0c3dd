import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_summaries_reference_numbering" AS ENUM('whole-summary', 'per-section');
  CREATE TYPE "public"."enum__summaries_v_version_reference_numbering" AS ENUM('whole-summary', 'per-section');
  ALTER TYPE "public"."enum_summaries_summary_type" ADD VALUE 'overview';
  ALTER TYPE "public"."enum_summaries_summary_type" ADD VALUE 'causes-and-prevention';
  ALTER TYPE "public"."enum_summaries_summary_type" ADD VALUE 'diagnosis';
  ALTER TYPE "public"."enum_summaries_summary_type" ADD VALUE 'stages';
  ALTER TYPE "public"."enum_summaries_summary_type" ADD VALUE 'signs-and-symptoms';
  ALTER TYPE "public"."enum_summaries_summary_type" ADD VALUE 'prognosis';
  ALTER TYPE "public"."enum__summaries_v_version_summary_type" ADD VALUE 'overview';
  ALTER TYPE "public"."enum__summaries_v_version_summary_type" ADD VALUE 'causes-and-prevention';
  ALTER TYPE "public"."enum__summaries_v_version_summary_type" ADD VALUE 'diagnosis';
  ALTER TYPE "public"."enum__summaries_v_version_summary_type" ADD VALUE 'stages';
  ALTER TYPE "public"."enum__summaries_v_version_summary_type" ADD VALUE 'signs-and-symptoms';
  ALTER TYPE "public"."enum__summaries_v_version_summary_type" ADD VALUE 'prognosis';
  ALTER TABLE "boards" ADD COLUMN "cdr_id" varchar;
  ALTER TABLE "summaries_sections" ADD COLUMN "level" numeric DEFAULT 1;
  ALTER TABLE "summaries_sections" ADD COLUMN "pdq_id" varchar;
  ALTER TABLE "summaries_sections" ADD COLUMN "pdq" jsonb;
  ALTER TABLE "summaries" ADD COLUMN "cdr_id" varchar;
  ALTER TABLE "summaries" ADD COLUMN "reference_numbering" "enum_summaries_reference_numbering" DEFAULT 'whole-summary';
  ALTER TABLE "summaries" ADD COLUMN "date_first_published" timestamp(3) with time zone;
  ALTER TABLE "summaries" ADD COLUMN "date_last_modified" timestamp(3) with time zone;
  ALTER TABLE "summaries" ADD COLUMN "pdq" jsonb;
  ALTER TABLE "summaries" ADD COLUMN "pdq_source" jsonb;
  ALTER TABLE "_summaries_v_version_sections" ADD COLUMN "level" numeric DEFAULT 1;
  ALTER TABLE "_summaries_v_version_sections" ADD COLUMN "pdq_id" varchar;
  ALTER TABLE "_summaries_v_version_sections" ADD COLUMN "pdq" jsonb;
  ALTER TABLE "_summaries_v" ADD COLUMN "version_cdr_id" varchar;
  ALTER TABLE "_summaries_v" ADD COLUMN "version_reference_numbering" "enum__summaries_v_version_reference_numbering" DEFAULT 'whole-summary';
  ALTER TABLE "_summaries_v" ADD COLUMN "version_date_first_published" timestamp(3) with time zone;
  ALTER TABLE "_summaries_v" ADD COLUMN "version_date_last_modified" timestamp(3) with time zone;
  ALTER TABLE "_summaries_v" ADD COLUMN "version_pdq" jsonb;
  ALTER TABLE "_summaries_v" ADD COLUMN "version_pdq_source" jsonb;
  ALTER TABLE "references" ADD COLUMN "cited_as" varchar;
  ALTER TABLE "_references_v" ADD COLUMN "version_cited_as" varchar;
  CREATE UNIQUE INDEX "boards_cdr_id_idx" ON "boards" USING btree ("cdr_id");
  CREATE UNIQUE INDEX "summaries_cdr_id_idx" ON "summaries" USING btree ("cdr_id");
  CREATE INDEX "_summaries_v_version_version_cdr_id_idx" ON "_summaries_v" USING btree ("version_cdr_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "summaries" ALTER COLUMN "summary_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_summaries_summary_type";
  CREATE TYPE "public"."enum_summaries_summary_type" AS ENUM('treatment', 'supportive-care', 'screening', 'prevention', 'genetics', 'integrative');
  ALTER TABLE "summaries" ALTER COLUMN "summary_type" SET DATA TYPE "public"."enum_summaries_summary_type" USING "summary_type"::"public"."enum_summaries_summary_type";
  ALTER TABLE "_summaries_v" ALTER COLUMN "version_summary_type" SET DATA TYPE text;
  DROP TYPE "public"."enum__summaries_v_version_summary_type";
  CREATE TYPE "public"."enum__summaries_v_version_summary_type" AS ENUM('treatment', 'supportive-care', 'screening', 'prevention', 'genetics', 'integrative');
  ALTER TABLE "_summaries_v" ALTER COLUMN "version_summary_type" SET DATA TYPE "public"."enum__summaries_v_version_summary_type" USING "version_summary_type"::"public"."enum__summaries_v_version_summary_type";
  DROP INDEX "boards_cdr_id_idx";
  DROP INDEX "summaries_cdr_id_idx";
  DROP INDEX "_summaries_v_version_version_cdr_id_idx";
  ALTER TABLE "boards" DROP COLUMN "cdr_id";
  ALTER TABLE "summaries_sections" DROP COLUMN "level";
  ALTER TABLE "summaries_sections" DROP COLUMN "pdq_id";
  ALTER TABLE "summaries_sections" DROP COLUMN "pdq";
  ALTER TABLE "summaries" DROP COLUMN "cdr_id";
  ALTER TABLE "summaries" DROP COLUMN "reference_numbering";
  ALTER TABLE "summaries" DROP COLUMN "date_first_published";
  ALTER TABLE "summaries" DROP COLUMN "date_last_modified";
  ALTER TABLE "summaries" DROP COLUMN "pdq";
  ALTER TABLE "summaries" DROP COLUMN "pdq_source";
  ALTER TABLE "_summaries_v_version_sections" DROP COLUMN "level";
  ALTER TABLE "_summaries_v_version_sections" DROP COLUMN "pdq_id";
  ALTER TABLE "_summaries_v_version_sections" DROP COLUMN "pdq";
  ALTER TABLE "_summaries_v" DROP COLUMN "version_cdr_id";
  ALTER TABLE "_summaries_v" DROP COLUMN "version_reference_numbering";
  ALTER TABLE "_summaries_v" DROP COLUMN "version_date_first_published";
  ALTER TABLE "_summaries_v" DROP COLUMN "version_date_last_modified";
  ALTER TABLE "_summaries_v" DROP COLUMN "version_pdq";
  ALTER TABLE "_summaries_v" DROP COLUMN "version_pdq_source";
  ALTER TABLE "references" DROP COLUMN "cited_as";
  ALTER TABLE "_references_v" DROP COLUMN "version_cited_as";
  DROP TYPE "public"."enum_summaries_reference_numbering";
  DROP TYPE "public"."enum__summaries_v_version_reference_numbering";`)
}
