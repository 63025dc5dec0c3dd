type SQL = ReturnType<typeof sql>

import { sql } from '@payloadcms/db-sqlite'

import type { SearchStore, StoredDocument } from './searchStore'

export type SqliteDb = { run: (query: SQL) => Promise<unknown>; all: <T>(query: SQL) => Promise<T[]> }

/** FTS5 phrase syntax: each term quoted (terms are letters and digits only; quotes doubled anyway). */
const phrase = (terms: string[]): string => `"${terms.join(' ').replaceAll('"', '""')}"`

/**
 * Title terms weigh three times a section's own words in FTS5's bm25 (lower is better, so negated).
 * bm25 works only in the query that does the MATCH: the CTEs below are MATERIALIZED so that SQLite
 * does not fold them into the join.
 */
const RANK = sql`-bm25(search_fts, 3.0, 1.0)`

const inList = (values: string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/**
 * SQLite: an FTS5 index (`search_fts`) over the sections table's term columns, kept in step by
 * triggers (migrations/sqlite/…_search). FTS5 does the matching, phrases and bm25 ranking; the terms
 * it indexes are already stemmed and folded by Galley's analyzer, so its `unicode61` tokenizer only
 * splits on spaces.
 */
export const sqliteSearchStore = (drizzle: () => SqliteDb): SearchStore => ({
  async replace(tx, key, document) {
    const db = (tx as SqliteDb | undefined) ?? drizzle()
    await db.run(sql`DELETE FROM search_sections WHERE doc = ${key}`)
    await db.run(sql`DELETE FROM search_documents WHERE key = ${key}`)
    if (!document) return
    const { meta, rows } = document
    await db.run(
      sql`INSERT INTO search_documents (key, type, slug, title, language, audience, url) VALUES (${key}, ${meta.type}, ${meta.slug}, ${meta.title}, ${meta.language}, ${meta.audience}, ${meta.url})`,
    )
    for (let start = 0; start < rows.length; start += 200) {
      const values = rows
        .slice(start, start + 200)
        .map(
          (row) =>
            sql`(${key}, ${meta.type}, ${meta.language}, ${meta.audience}, ${row.position}, ${row.anchor}, ${row.heading}, ${row.text}, ${row.titleTerms}, ${row.terms})`,
        )
      await db.run(
        sql`INSERT INTO search_sections (doc, type, language, audience, position, anchor, heading, text, title_terms, terms) VALUES ${sql.join(values, sql`, `)}`,
      )
    }
  },

  async documentsMatching(query, terms) {
    const rows = await drizzle().all<{ doc: string; score: number }>(sql`
      WITH f AS MATERIALIZED (SELECT rowid AS id, ${RANK} AS score FROM search_fts WHERE search_fts MATCH ${phrase(terms)})
      SELECT s.doc AS doc, max(f.score) AS score
      FROM f JOIN search_sections s ON s.id = f.id
      WHERE s.language = ${query.language}
        ${query.type ? sql`AND s.type = ${query.type}` : sql``}
        ${query.audience ? sql`AND s.audience = ${query.audience}` : sql``}
      GROUP BY s.doc`)
    return rows.map((row) => ({ doc: String(row.doc), score: Number(row.score) }))
  },

  async sectionsMatching(docs, terms) {
    if (docs.length === 0) return []
    const rows = await drizzle().all<{ id: number; doc: string; position: number; score: number }>(sql`
      WITH f AS MATERIALIZED (SELECT rowid AS id, ${RANK} AS score FROM search_fts WHERE search_fts MATCH ${phrase(terms)})
      SELECT s.id AS id, s.doc AS doc, s.position AS position, f.score AS score
      FROM f JOIN search_sections s ON s.id = f.id
      WHERE s.doc IN (${inList(docs)})`)
    return rows.map((row) => ({ id: String(row.id), doc: String(row.doc), position: Number(row.position), score: Number(row.score) }))
  },

  async documents(keys) {
    if (keys.length === 0) return []
    const rows = await drizzle().all<Record<string, unknown>>(
      sql`SELECT key, type, slug, title, language, audience, url FROM search_documents WHERE key IN (${inList(keys)})`,
    )
    return rows.map((row) => ({ ...row, audience: row.audience ?? null }) as StoredDocument)
  },

  async sections(ids) {
    if (ids.length === 0) return []
    const rows = await drizzle().all<{ id: number; doc: string; anchor: string; heading: string; text: string }>(
      sql`SELECT id, doc, anchor, heading, text FROM search_sections WHERE id IN (${inList(ids)})`,
    )
    return rows.map((row) => ({ ...row, id: String(row.id) }))
  },

  async builtWith(tx) {
    const rows = await ((tx as SqliteDb | undefined) ?? drizzle()).all<{ value: string }>(
      sql`SELECT value FROM search_meta WHERE name = 'analyzer'`,
    )
    return rows[0] ? Number(rows[0].value) : null
  },

  async reset(tx, version) {
    const db = (tx as SqliteDb | undefined) ?? drizzle()
    await db.run(sql`DELETE FROM search_sections`)
    await db.run(sql`DELETE FROM search_documents`)
    await db.run(sql`INSERT INTO search_fts(search_fts) VALUES ('rebuild')`)
    await db.run(
      sql`INSERT INTO search_meta (name, value) VALUES ('analyzer', ${String(version)}) ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
    )
  },

  async count() {
    const rows = await drizzle().all<{ n: number }>(sql`SELECT count(*) AS n FROM search_documents`)
    return Number(rows[0]?.n ?? 0)
  },
})
