import type { Payload, PayloadRequest } from 'payload'
import type { ClientSession, Connection } from 'mongoose'

import type { SearchAnswer, SearchHit, SearchQuery } from '@/domain/search'
import type { Revision } from '@/domain/revisions'

import { bestSections, rankDocuments, searchDocumentOf, searchEntryOf, searchTypes, snippetOf } from '@/domain/search'

import type { SearchStore } from './searchStore'

import { mongoSearchStore } from './mongoSearchStore'
import { type PostgresDb, postgresSearchStore } from './postgresSearchStore'
import { type SqliteDb, sqliteSearchStore } from './sqliteSearchStore'

type DrizzleLike = { drizzle: unknown; sessions?: Record<string, { db: unknown }> }
type MongoLike = { connection: Connection; sessions?: Record<string, ClientSession> }

const stores = new WeakMap<Payload, SearchStore>()

/** The search index of the database Payload is configured with. */
export const searchStoreOf = (payload: Payload): SearchStore => {
  const existing = stores.get(payload)
  if (existing) return existing
  const db = payload.db as unknown as DrizzleLike & MongoLike
  const store =
    payload.db.name === 'mongoose'
      ? mongoSearchStore(
          () => db.connection,
          (tx) => (tx === undefined ? undefined : db.sessions?.[String(tx)]),
        )
      : payload.db.name === 'postgres'
        ? postgresSearchStore(() => db.drizzle as PostgresDb)
        : sqliteSearchStore(() => db.drizzle as SqliteDb)
  stores.set(payload, store)
  return store
}

/** The handle a store's writes take to join the request's transaction (none outside one). */
export const transactionOf = async (payload: Payload, transactionID: PayloadRequest['transactionID']): Promise<unknown> => {
  const id = await transactionID
  if (id === undefined || id === null) return undefined
  if (payload.db.name === 'mongoose') return id
  return (payload.db as unknown as DrizzleLike).sessions?.[String(id)]?.db
}

const isSearched = (type: string) => (searchTypes as readonly string[]).includes(type)

/**
 * Puts a revision in the search index, in the publishing transaction: a publication is searchable
 * the moment it commits, a retirement takes the document out, and a rollback undoes both.
 */
export const indexRevision = async ({ req, revision }: { req: PayloadRequest; revision: Revision }): Promise<void> => {
  if (!isSearched(revision.type)) return
  const store = searchStoreOf(req.payload)
  const tx = await transactionOf(req.payload, req.transactionID)
  const key = `${revision.type}:${revision.documentId}`
  const document = searchDocumentOf(revision)
  await store.replace(tx, key, document ? searchEntryOf(document) : null)
}

/**
 * Answers a search over the published documents: those with every part of the query (a phrase within
 * one section, words anywhere in the document), best first, each with the section that shows why.
 */
export const search = async (payload: Payload, query: SearchQuery): Promise<SearchAnswer> => {
  const answer = { query: query.text, language: query.language, page: query.page, limit: query.limit }
  if (query.parts.length === 0) return { ...answer, hits: [], total: 0 }
  const store = searchStoreOf(payload)
  const ranked = rankDocuments(await Promise.all(query.parts.map((part) => store.partMatches(query, part.terms))))
  const pageDocs = ranked.slice((query.page - 1) * query.limit, query.page * query.limit).map(({ doc }) => doc)
  const best = bestSections(await Promise.all(query.parts.map((part) => store.sectionHits(pageDocs, part.terms))))
  // A document whose title alone matched shows its opening.
  const titleOnly = pageDocs.filter((doc) => !best.has(doc))
  for (const [doc, id] of await store.openings(titleOnly)) best.set(doc, id)
  const [documents, sections] = await Promise.all([store.documents(pageDocs), store.sections([...best.values()])])
  const documentOf = new Map(documents.map((document) => [document.key, document]))
  const sectionOf = new Map(sections.map((section) => [section.id, section]))
  const hits: SearchHit[] = []
  for (const doc of pageDocs) {
    const document = documentOf.get(doc)
    const section = sectionOf.get(best.get(doc) ?? '')
    if (!document) continue
    const snippet = snippetOf(section?.text ?? '', query.parts, query.language)
    hits.push({
      type: document.type,
      slug: document.slug,
      title: document.title,
      language: document.language,
      audience: document.audience,
      url: section?.anchor ? `${document.url}#${section.anchor}` : document.url,
      section: section?.heading || null,
      snippet: snippet.text,
      highlights: snippet.highlights,
    })
  }
  return { ...answer, hits, total: ranked.length }
}
