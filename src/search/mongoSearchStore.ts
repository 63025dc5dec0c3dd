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
  titleTerms: string
  terms: string
}

type DocumentDoc = StoredDocument & { _id: string }

/** A part as `$text` search: a quoted phrase, so every part is required and phrases keep their order. */
const phrase = (terms: string[]): string => `"${terms.join(' ')}"`

/**
 * MongoDB: a text index over the sections' term fields with no language of its own (`none`: the
 * terms are already stemmed and folded by Galley's analyzer). Type-checked; no MongoDB server runs
 * where Galley's tests run (README, "Deploying with MongoDB").
 */
export const mongoSearchStore = (connection: () => Connection, session: (tx: unknown) => ClientSession | undefined): SearchStore => {
  let indexed: Promise<unknown> | null = null
  const sectionsOf = () => connection().collection<SectionDoc>('search_sections')
  const documentsOf = () => connection().collection<DocumentDoc>('search_documents')
  const meta = () => connection().collection<{ _id: string; value: number }>('search_meta')
  const ready = () =>
    (indexed ??= Promise.all([
      sectionsOf().createIndex({ titleTerms: 'text', terms: 'text' }, { weights: { titleTerms: 3, terms: 1 }, default_language: 'none' }),
      sectionsOf().createIndex({ doc: 1 }),
    ]))

  return {
    async replace(tx, key, document) {
      await ready()
      const options = { session: session(tx) }
      await sectionsOf().deleteMany({ doc: key }, options)
      await documentsOf().deleteOne({ _id: key }, options)
      if (!document) return
      const { meta: stored, rows } = document
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
          titleTerms: row.titleTerms,
          terms: row.terms,
        })),
        options,
      )
    },

    async documentsMatching(query, terms) {
      await ready()
      const filter = {
        $text: { $search: phrase(terms) },
        language: query.language,
        ...(query.type ? { type: query.type } : {}),
        ...(query.audience ? { audience: query.audience } : {}),
      }
      const rows = await sectionsOf()
        .aggregate<{ _id: string; score: number }>([
          { $match: filter },
          { $group: { _id: '$doc', score: { $max: { $meta: 'textScore' } } } },
        ])
        .toArray()
      return rows.map((row) => ({ doc: row._id, score: row.score }))
    },

    async sectionsMatching(docs, terms) {
      if (docs.length === 0) return []
      await ready()
      const rows = await sectionsOf()
        .find(
          { $text: { $search: phrase(terms) }, doc: { $in: docs } },
          { projection: { doc: 1, position: 1, score: { $meta: 'textScore' } } },
        )
        .toArray()
      return rows.map((row) => ({
        id: String(row._id),
        doc: row.doc,
        position: row.position,
        score: Number((row as unknown as { score: number }).score),
      }))
    },

    async documents(keys) {
      const rows = await documentsOf()
        .find({ _id: { $in: keys } })
        .toArray()
      return rows.map(({ _id, ...rest }) => ({ ...rest, key: _id }))
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
