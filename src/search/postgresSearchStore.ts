import { sql } from '@payloadcms/db-postgres'

import type { SearchStore, StoredDocument } from './searchStore'

type SQL = ReturnType<typeof sql>

export type PostgresDb = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * A part as a tsquery: one term, or a phrase as terms that follow each other (`a <-> b`). Terms are
 * letters and digits only (the analyzer made them) and are quoted as tsquery lexemes all the same.
 */
const tsquery = (terms: string[]): string => terms.map((term) => `'${term.replaceAll("'", "''")}'`).join(' <-> ')

const list = (values: (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

const rowsOf = async (db: PostgresDb, query: SQL) => (await db.execute(query)).rows

/**
 * PostgreSQL: GIN-indexed tsvectors of the sections' and the titles' terms
 * (migrations/postgres/…_search) in the `simple` configuration, because the terms are already
 * stemmed and folded by Galley's analyzer (the same terms on every database); PostgreSQL does the
 * matching and the phrases (`<->`).
 */
export const postgresSearchStore = (drizzle: () => PostgresDb): SearchStore => ({
  async replace(tx, key, entry) {
    const db = (tx as PostgresDb | undefined) ?? drizzle()
    await db.execute(sql`DELETE FROM search_sections WHERE doc = ${key}`)
    await db.execute(sql`DELETE FROM search_documents WHERE key = ${key}`)
    if (!entry) return
    const { meta, rows } = entry
    await db.execute(
      sql`INSERT INTO search_documents (key, type, slug, title, language, audience, url, title_terms) VALUES (${key}, ${meta.type}, ${meta.slug}, ${meta.title}, ${meta.language}, ${meta.audience}, ${meta.url}, to_tsvector('simple', ${meta.titleTerms}))`,
    )
    for (let start = 0; start < rows.length; start += 200) {
      const values = rows
        .slice(start, start + 200)
        .map(
          (row) =>
            sql`(${key}, ${meta.type}, ${meta.language}, ${meta.audience}, ${row.position}, ${row.anchor}, ${row.heading}, ${row.text}, to_tsvector('simple', ${row.terms}))`,
        )
      await db.execute(
        sql`INSERT INTO search_sections (doc, type, language, audience, position, anchor, heading, text, terms) VALUES ${sql.join(values, sql`, `)}`,
      )
    }
  },

  async partMatches(query, terms) {
    const filters = (alias: 's' | 'd') =>
      sql`${sql.raw(alias)}.language = ${query.language}
        ${query.type ? sql`AND ${sql.raw(alias)}.type = ${query.type}` : sql``}
        ${query.audience ? sql`AND ${sql.raw(alias)}.audience = ${query.audience}` : sql``}`
    const rows = await rowsOf(
      drizzle(),
      sql`
      WITH q AS (SELECT to_tsquery('simple', ${tsquery(terms)}) AS q)
      SELECT doc, max(sections)::int AS sections, bool_or(title) AS title FROM (
        SELECT s.doc, count(*) AS sections, false AS title FROM search_sections s, q
        WHERE s.terms @@ q.q AND ${filters('s')} GROUP BY s.doc
        UNION ALL
        SELECT d.key AS doc, 0 AS sections, true AS title FROM search_documents d, q
        WHERE d.title_terms @@ q.q AND ${filters('d')}
      ) matches GROUP BY doc`,
    )
    return rows.map((row) => ({ doc: String(row.doc), sections: Number(row.sections), title: row.title === true }))
  },

  async sectionHits(docs, terms) {
    if (docs.length === 0) return []
    const rows = await rowsOf(
      drizzle(),
      sql`SELECT id, doc, position FROM search_sections
          WHERE doc IN (${list(docs)}) AND terms @@ to_tsquery('simple', ${tsquery(terms)})`,
    )
    return rows.map((row) => ({ id: String(row.id), doc: String(row.doc), position: Number(row.position) }))
  },

  async openings(docs) {
    if (docs.length === 0) return new Map()
    const rows = await rowsOf(drizzle(), sql`SELECT id, doc FROM search_sections WHERE doc IN (${list(docs)}) AND position = 0`)
    return new Map(rows.map((row) => [String(row.doc), String(row.id)]))
  },

  async documents(keys) {
    if (keys.length === 0) return []
    const rows = await rowsOf(
      drizzle(),
      sql`SELECT key, type, slug, title, language, audience, url FROM search_documents WHERE key IN (${list(keys)})`,
    )
    return rows as unknown as StoredDocument[]
  },

  async sections(ids) {
    if (ids.length === 0) return []
    const rows = await rowsOf(
      drizzle(),
      sql`SELECT id, doc, anchor, heading, text FROM search_sections WHERE id IN (${list(ids.map(Number))})`,
    )
    return rows.map((row) => ({
      id: String(row.id),
      doc: String(row.doc),
      anchor: String(row.anchor),
      heading: String(row.heading),
      text: String(row.text),
    }))
  },

  async builtWith(tx) {
    const rows = await rowsOf((tx as PostgresDb | undefined) ?? drizzle(), sql`SELECT value FROM search_meta WHERE name = 'analyzer'`)
    return rows[0] ? Number(rows[0].value) : null
  },

  async reset(tx, version) {
    const db = (tx as PostgresDb | undefined) ?? drizzle()
    await db.execute(sql`TRUNCATE search_sections, search_documents`)
    await db.execute(
      sql`INSERT INTO search_meta (name, value) VALUES ('analyzer', ${String(version)}) ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
    )
  },

  async count() {
    const rows = await rowsOf(drizzle(), sql`SELECT count(*)::int AS n FROM search_documents`)
    return Number(rows[0]?.n ?? 0)
  },
})
