type SQL = ReturnType<typeof sql>

import { sql } from '@payloadcms/db-postgres'

import type { SearchStore, StoredDocument } from './searchStore'

export type PostgresDb = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * A part as a tsquery: one term, or a phrase as terms that follow each other (`a <-> b`). Terms are
 * letters and digits only (the analyzer made them) and are quoted as tsquery lexemes all the same.
 */
const tsquery = (terms: string[]): string => terms.map((term) => `'${term.replaceAll("'", "''")}'`).join(' <-> ')

/** Title terms are weight A; ts_rank weighs them 1.0 against 0.1 for a section's own words (D). */
const RANK = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'`)

const rowsOf = async (db: PostgresDb, query: SQL) => (await db.execute(query)).rows

/**
 * PostgreSQL: a GIN-indexed tsvector per section (migrations/postgres/…_search) in the `simple`
 * configuration, because the terms it indexes are already stemmed and folded by Galley's analyzer
 * (the same terms on every database); PostgreSQL does the matching, phrases (`<->`) and ts_rank.
 */
export const postgresSearchStore = (drizzle: () => PostgresDb): SearchStore => ({
  async replace(tx, key, document) {
    const db = (tx as PostgresDb | undefined) ?? drizzle()
    await db.execute(sql`DELETE FROM search_sections WHERE doc = ${key}`)
    await db.execute(sql`DELETE FROM search_documents WHERE key = ${key}`)
    if (!document) return
    const { meta, rows } = document
    await db.execute(
      sql`INSERT INTO search_documents (key, type, slug, title, language, audience, url) VALUES (${key}, ${meta.type}, ${meta.slug}, ${meta.title}, ${meta.language}, ${meta.audience}, ${meta.url})`,
    )
    for (let start = 0; start < rows.length; start += 200) {
      const values = rows.slice(start, start + 200).map(
        (row) =>
          sql`(${key}, ${meta.type}, ${meta.language}, ${meta.audience}, ${row.position}, ${row.anchor}, ${row.heading}, ${row.text},
                 setweight(to_tsvector('simple', ${row.titleTerms}), 'A') || to_tsvector('simple', ${row.terms}))`,
      )
      await db.execute(
        sql`INSERT INTO search_sections (doc, type, language, audience, position, anchor, heading, text, terms) VALUES ${sql.join(values, sql`, `)}`,
      )
    }
  },

  async documentsMatching(query, terms) {
    const rows = await rowsOf(
      drizzle(),
      sql`
      SELECT s.doc AS doc, max(ts_rank(${RANK}, s.terms, q)) AS score
      FROM search_sections s, to_tsquery('simple', ${tsquery(terms)}) q
      WHERE s.terms @@ q AND s.language = ${query.language}
        ${query.type ? sql`AND s.type = ${query.type}` : sql``}
        ${query.audience ? sql`AND s.audience = ${query.audience}` : sql``}
      GROUP BY s.doc`,
    )
    return rows.map((row) => ({ doc: String(row.doc), score: Number(row.score) }))
  },

  async sectionsMatching(docs, terms) {
    if (docs.length === 0) return []
    const rows = await rowsOf(
      drizzle(),
      sql`
      SELECT s.id AS id, s.doc AS doc, s.position AS position, ts_rank(${RANK}, s.terms, q) AS score
      FROM search_sections s, to_tsquery('simple', ${tsquery(terms)}) q
      WHERE s.doc IN (${sql.join(
        docs.map((doc) => sql`${doc}`),
        sql`, `,
      )}) AND s.terms @@ q`,
    )
    return rows.map((row) => ({ id: String(row.id), doc: String(row.doc), position: Number(row.position), score: Number(row.score) }))
  },

  async documents(keys) {
    if (keys.length === 0) return []
    const rows = await rowsOf(
      drizzle(),
      sql`SELECT key, type, slug, title, language, audience, url FROM search_documents WHERE key IN (${sql.join(
        keys.map((key) => sql`${key}`),
        sql`, `,
      )})`,
    )
    return rows as unknown as StoredDocument[]
  },

  async sections(ids) {
    if (ids.length === 0) return []
    const rows = await rowsOf(
      drizzle(),
      sql`SELECT id, doc, anchor, heading, text FROM search_sections WHERE id IN (${sql.join(
        ids.map((id) => sql`${Number(id)}`),
        sql`, `,
      )})`,
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
