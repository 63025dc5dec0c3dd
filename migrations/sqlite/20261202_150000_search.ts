import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Full-text search (src/search): documents, their sections with Galley's analyzed terms, and an FTS5
 * index over those terms kept in step by triggers. Written by hand: Payload's generator knows only
 * collections. Filled by src/search/rebuildSearchIndex at the next start (`search_meta` is empty).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_documents\` (
    \`key\` text PRIMARY KEY NOT NULL,
    \`type\` text NOT NULL,
    \`slug\` text NOT NULL,
    \`title\` text NOT NULL,
    \`language\` text NOT NULL,
    \`audience\` text,
    \`url\` text NOT NULL
  );`)
  await db.run(sql`CREATE TABLE \`search_sections\` (
    \`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    \`doc\` text NOT NULL,
    \`type\` text NOT NULL,
    \`language\` text NOT NULL,
    \`audience\` text,
    \`position\` integer NOT NULL,
    \`anchor\` text NOT NULL,
    \`heading\` text NOT NULL,
    \`text\` text NOT NULL,
    \`title_terms\` text NOT NULL,
    \`terms\` text NOT NULL
  );`)
  await db.run(sql`CREATE INDEX \`search_sections_doc_idx\` ON \`search_sections\` (\`doc\`);`)
  await db.run(
    sql`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(title_terms, terms, content='search_sections', content_rowid='id', tokenize='unicode61 remove_diacritics 0');`,
  )
  await db.run(sql`CREATE TRIGGER \`search_sections_ai\` AFTER INSERT ON \`search_sections\` BEGIN
    INSERT INTO search_fts (rowid, title_terms, terms) VALUES (new.id, new.title_terms, new.terms);
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_sections_ad\` AFTER DELETE ON \`search_sections\` BEGIN
    INSERT INTO search_fts (search_fts, rowid, title_terms, terms) VALUES ('delete', old.id, old.title_terms, old.terms);
  END;`)
  await db.run(sql`CREATE TABLE \`search_meta\` (\`name\` text PRIMARY KEY NOT NULL, \`value\` text NOT NULL);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_sections_ad\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_sections_ai\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_fts\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_sections\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_documents\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_meta\`;`)
}
