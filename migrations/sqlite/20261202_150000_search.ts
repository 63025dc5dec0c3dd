import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Full-text search (src/search): documents and their sections with Galley's analyzed terms, and FTS5
 * indexes over the titles' and the sections' terms, kept in step by triggers. Written by hand: Payload's generator knows only
 * collections. Filled by src/search/rebuildSearchIndex at the next start (`search_meta` is empty).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_documents\` (
    \`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    \`key\` text NOT NULL UNIQUE,
    \`type\` text NOT NULL,
    \`slug\` text NOT NULL,
    \`title\` text NOT NULL,
    \`language\` text NOT NULL,
    \`audience\` text,
    \`url\` text NOT NULL,
    \`title_terms\` text NOT NULL
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
    \`terms\` text NOT NULL
  );`)
  await db.run(sql`CREATE INDEX \`search_sections_doc_idx\` ON \`search_sections\` (\`doc\`);`)
  await db.run(
    sql`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(terms, content='search_sections', content_rowid='id', tokenize='unicode61 remove_diacritics 0', detail='full');`,
  )
  await db.run(sql`CREATE TRIGGER \`search_sections_ai\` AFTER INSERT ON \`search_sections\` BEGIN
    INSERT INTO search_fts (rowid, terms) VALUES (new.id, new.terms);
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_sections_ad\` AFTER DELETE ON \`search_sections\` BEGIN
    INSERT INTO search_fts (search_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
  END;`)
  await db.run(
    sql`CREATE VIRTUAL TABLE \`search_titles_fts\` USING fts5(title_terms, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 0');`,
  )
  await db.run(sql`CREATE TRIGGER \`search_documents_ai\` AFTER INSERT ON \`search_documents\` BEGIN
    INSERT INTO search_titles_fts (rowid, title_terms) VALUES (new.id, new.title_terms);
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_documents_ad\` AFTER DELETE ON \`search_documents\` BEGIN
    INSERT INTO search_titles_fts (search_titles_fts, rowid, title_terms) VALUES ('delete', old.id, old.title_terms);
  END;`)
  await db.run(sql`CREATE TABLE \`search_meta\` (\`name\` text PRIMARY KEY NOT NULL, \`value\` text NOT NULL);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_documents_ad\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_documents_ai\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_titles_fts\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_sections_ad\`;`)
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_sections_ai\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_fts\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_sections\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_documents\`;`)
  await db.run(sql`DROP TABLE IF EXISTS \`search_meta\`;`)
}
