import type { ClientSession, Connection } from 'mongoose'

import { Types } from 'mongoose'

import type { SearchStore, StoredDocument } from './searchStore'

type SectionDoc = {
  _id: Types.ObjectId
  doc: string
  type: string
  language: string
  audience: string | null
  position: number
  anchor: string
  heading: string
  text: string
  terms: string
}

/** Stored loosely typed: `type` and `audience` are filtered with the query's strings. */
type DocumentDoc = Omit<StoredDocument, 'type' | 'audience' | 'language'> & {
  _id: string
  type: string
  language: string
  audience: string | null
  titleTerms: string
}

/** A part as `$text` search: a quoted phrase, so it is required and its terms keep their order. */
const phrase = (terms: string[]): string => `"${terms.join(' ')}"`

/**
 * MongoDB: text indexes over the sections' and the titles' terms with no language of their own
 * (`none`: the terms are already stemmed and folded by Galley's analyzer). Type-checked; no MongoDB
 * server runs where Galley's tests run (README, "Deploying with MongoDB").
 */
export const mongoSearchStore = (connection: () => Connection, session: (tx: unknown) => ClientSession | undefined): SearchStore => {
  let indexed: Promise<unknown> | null = null
  const sectionsOf = () => connection().collection<SectionDoc>('search_sections')
  const documentsOf = () => connection().collection<DocumentDoc>('search_documents')
  const meta = () => connection().collection<{ _id: string; value: number }>('search_meta')
  const ready = () =>
    (indexed ??= Promise.all([
      sectionsOf().createIndex({ terms: 'text' }, { default_language: 'none' }),
      sectionsOf().createIndex({ doc: 1, position: 1 }),
      documentsOf().createIndex({ titleTerms: 'text' }, { default_language: 'none' }),
    ]))
  const filter = (query: { language: string; type: string | null; audience: string | null }) => ({
    language: query.language,
    ...(query.type ? { type: query.type } : {}),
    ...(query.audience ? { audience: query.audience } : {}),
  })

  return {
    async replace(tx, key, entry) {
      await ready()
      const options = { session: session(tx) }
      await sectionsOf().deleteMany({ doc: key }, options)
      await documentsOf().deleteOne({ _id: key }, options)
      if (!entry) return
      const { meta: stored, rows } = entry
      await documentsOf().insertOne({ ...stored, _id: key }, options)
      if (rows.length === 0) return
      await sectionsOf().insertMany(
        rows.map((row) => ({
          _id: new Types.ObjectId(),
          doc: key,
          type: stored.type,
          language: stored.language,
          audience: stored.audience,
          position: row.position,
          anchor: row.anchor,
          heading: row.heading,
          text: row.text,
          terms: row.terms,
        })),
        options,
      )
    },

    async partMatches(query, terms) {
      await ready()
      const [sections, titles] = await Promise.all([
        sectionsOf()
          .aggregate<{ _id: string; sections: number }>([
            { $match: { $text: { $search: phrase(terms) }, ...filter(query) } },
            { $group: { _id: '$doc', sections: { $sum: 1 } } },
          ])
          .toArray(),
        documentsOf()
          .find({ $text: { $search: phrase(terms) }, ...filter(query) }, { projection: { _id: 1 } })
          .toArray(),
      ])
      const matches = new Map(sections.map((row) => [row._id, { doc: row._id, sections: row.sections, title: false }]))
      for (const row of titles) matches.set(row._id, { doc: row._id, sections: matches.get(row._id)?.sections ?? 0, title: true })
      return [...matches.values()]
    },

    async sectionHits(docs, terms) {
      if (docs.length === 0) return []
      await ready()
      const rows = await sectionsOf()
        .find({ $text: { $search: phrase(terms) }, doc: { $in: docs } }, { projection: { doc: 1, position: 1 } })
        .toArray()
      return rows.map((row) => ({ id: String(row._id), doc: row.doc, position: row.position }))
    },

    async openings(docs) {
      const rows = await sectionsOf()
        .find({ doc: { $in: docs }, position: 0 }, { projection: { doc: 1 } })
        .toArray()
      return new Map(rows.map((row) => [row.doc, String(row._id)]))
    },

    async documents(keys) {
      const rows = await documentsOf()
        .find({ _id: { $in: keys } })
        .toArray()
      return rows.map(({ _id, titleTerms: _terms, ...rest }) => ({ ...rest, key: _id }) as StoredDocument)
    },

    async sections(ids) {
      const rows = await sectionsOf()
        .find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } })
        .toArray()
      return rows.map((row) => ({ id: String(row._id), doc: row.doc, anchor: row.anchor, heading: row.heading, text: row.text }))
    },

    async builtWith(tx) {
      const row = await meta().findOne({ _id: 'analyzer' }, { session: session(tx) })
      return row ? row.value : null
    },

    async reset(tx, version) {
      const options = { session: session(tx) }
      await sectionsOf().deleteMany({}, options)
      await documentsOf().deleteMany({}, options)
      await meta().updateOne({ _id: 'analyzer' }, { $set: { value: version } }, { upsert: true, ...options })
    },

    async count() {
      return documentsOf().countDocuments()
    },
  }
}
