import { sql } from '@payloadcms/db-sqlite'

import type { SearchStore, StoredDocument } from './searchStore'

type SQL = ReturnType<typeof sql>

export type SqliteDb = { run: (query: SQL) => Promise<unknown>; all: <T>(query: SQL) => Promise<T[]> }

/** FTS5 phrase syntax: the terms in quotes (they are letters and digits only; quotes doubled anyway). */
const phrase = (terms: string[]): string => `"${terms.join(' ').replaceAll('"', '""')}"`

const list = (values: (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/**
 * SQLite: FTS5 indexes over the sections' and the titles' term columns (`search_fts`,
 * `search_titles_fts`), kept in step by triggers (migrations/sqlite/…_search). FTS5 does the
 * matching and phrases; the terms it indexes are already stemmed and folded by Galley's analyzer,
 * so its `unicode61` tokenizer only splits on spaces.
 */
export const sqliteSearchStore = (drizzle: () => SqliteDb): SearchStore => ({
  async replace(tx, key, entry) {
    const db = (tx as SqliteDb | undefined) ?? drizzle()
    await db.run(sql`DELETE FROM search_sections WHERE doc = ${key}`)
    await db.run(sql`DELETE FROM search_documents WHERE key = ${key}`)
    if (!entry) return
    const { meta, rows } = entry
    await db.run(
      sql`INSERT INTO search_documents (key, type, slug, title, language, audience, url, title_terms) VALUES (${key}, ${meta.type}, ${meta.slug}, ${meta.title}, ${meta.language}, ${meta.audience}, ${meta.url}, ${meta.titleTerms})`,
    )
    for (let start = 0; start < rows.length; start += 200) {
      const values = rows
        .slice(start, start + 200)
        .map(
          (row) =>
            sql`(${key}, ${meta.type}, ${meta.language}, ${meta.audience}, ${row.position}, ${row.anchor}, ${row.heading}, ${row.text}, ${row.terms})`,
        )
      await db.run(
        sql`INSERT INTO search_sections (doc, type, language, audience, position, anchor, heading, text, terms) VALUES ${sql.join(values, sql`, `)}`,
      )
    }
  },

  async partMatches(query, terms) {
    const filters = (table: 'search_sections' | 'search_documents') =>
      sql`${sql.raw(table)}.language = ${query.language}
        ${query.type ? sql`AND ${sql.raw(table)}.type = ${query.type}` : sql``}
        ${query.audience ? sql`AND ${sql.raw(table)}.audience = ${query.audience}` : sql``}`
    const rows = await drizzle().all<{ doc: string; sections: number; title: number }>(sql`
      SELECT doc, max(sections) AS sections, max(title) AS title FROM (
        SELECT doc, count(*) AS sections, 0 AS title FROM search_sections
        WHERE id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${phrase(terms)}) AND ${filters('search_sections')}
        GROUP BY doc
        UNION ALL
        SELECT key AS doc, 0 AS sections, 1 AS title FROM search_documents
        WHERE id IN (SELECT rowid FROM search_titles_fts WHERE search_titles_fts MATCH ${phrase(terms)}) AND ${filters('search_documents')}
      ) GROUP BY doc`)
    return rows.map((row) => ({ doc: String(row.doc), sections: Number(row.sections), title: Number(row.title) === 1 }))
  },

  async sectionHits(docs, terms) {
    if (docs.length === 0) return []
    const rows = await drizzle().all<{ id: number; doc: string; position: number }>(sql`
      SELECT id, doc, position FROM search_sections
      WHERE doc IN (${list(docs)}) AND id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${phrase(terms)})`)
    return rows.map((row) => ({ id: String(row.id), doc: String(row.doc), position: Number(row.position) }))
  },

  async openings(docs) {
    if (docs.length === 0) return new Map()
    const rows = await drizzle().all<{ id: number; doc: string }>(
      sql`SELECT id, doc FROM search_sections WHERE doc IN (${list(docs)}) AND position = 0`,
    )
    return new Map(rows.map((row) => [String(row.doc), String(row.id)]))
  },

  async documents(keys) {
    if (keys.length === 0) return []
    const rows = await drizzle().all<Record<string, unknown>>(
      sql`SELECT key, type, slug, title, language, audience, url FROM search_documents WHERE key IN (${list(keys)})`,
    )
    return rows.map((row) => ({ ...row, audience: row.audience ?? null }) as StoredDocument)
  },

  async sections(ids) {
    if (ids.length === 0) return []
    const rows = await drizzle().all<{ id: number; doc: string; anchor: string; heading: string; text: string }>(
      sql`SELECT id, doc, anchor, heading, text FROM search_sections WHERE id IN (${list(ids.map(Number))})`,
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
    await db.run(
      sql`INSERT INTO search_meta (name, value) VALUES ('analyzer', ${String(version)}) ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
    )
  },

  async count() {
    const rows = await drizzle().all<{ n: number }>(sql`SELECT count(*) AS n FROM search_documents`)
    return Number(rows[0]?.n ?? 0)
  },
})
