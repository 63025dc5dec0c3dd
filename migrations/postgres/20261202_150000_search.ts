import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Full-text search (src/search): documents and their sections, each with a GIN-indexed tsvector of
 * Galley's analyzed terms (the title's, the section's). Written by hand: Payload's generator knows only collections. Filled by
 * src/search/rebuildSearchIndex at the next start (`search_meta` is empty).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE "search_documents" (
      "key" text PRIMARY KEY NOT NULL,
      "type" text NOT NULL,
      "slug" text NOT NULL,
      "title" text NOT NULL,
      "language" text NOT NULL,
      "audience" text,
      "url" text NOT NULL,
      "title_terms" tsvector NOT NULL
    );
    CREATE INDEX "search_documents_title_terms_idx" ON "search_documents" USING gin ("title_terms");
    CREATE TABLE "search_sections" (
      "id" bigserial PRIMARY KEY NOT NULL,
      "doc" text NOT NULL,
      "type" text NOT NULL,
      "language" text NOT NULL,
      "audience" text,
      "position" integer NOT NULL,
      "anchor" text NOT NULL,
      "heading" text NOT NULL,
      "text" text NOT NULL,
      "terms" tsvector NOT NULL
    );
    CREATE INDEX "search_sections_doc_idx" ON "search_sections" ("doc");
    CREATE INDEX "search_sections_terms_idx" ON "search_sections" USING gin ("terms");
    CREATE TABLE "search_meta" ("name" text PRIMARY KEY NOT NULL, "value" text NOT NULL);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP TABLE IF EXISTS "search_sections";
    DROP TABLE IF EXISTS "search_documents";
    DROP TABLE IF EXISTS "search_meta";
  `)
}
