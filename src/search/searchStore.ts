import type { SearchDocument, SearchQuery, SearchRow } from '@/domain/search'

/** Where the query runs: a document that matches every part, with the sum of its parts' scores. */
export type DocumentScore = { doc: string; score: number }

/** A section that matched one part of the query, and how well. */
export type SectionMatch = { id: string; doc: string; position: number; score: number }

export type StoredDocument = Omit<SearchDocument, 'sections'>
export type StoredSection = { id: string; doc: string; anchor: string; heading: string; text: string }

/**
 * The search index as each database keeps it: documents, and their sections with the terms that
 * find them (`searchRowsOf`). Writes take the publishing transaction (`tx`), so a publication and
 * its index entry commit or roll back together.
 */
export type SearchStore = {
  /** Puts the document's rows in place of what the index had for `key` (none: takes it out). */
  replace: (tx: unknown, key: string, document: { meta: StoredDocument; rows: SearchRow[] } | null) => Promise<void>
  /** For one part of the query: every document with a section that has it, and its best section's score. */
  documentsMatching: (query: SearchQuery, terms: string[]) => Promise<DocumentScore[]>
  /** For one part: the sections of these documents that have it. */
  sectionsMatching: (docs: string[], terms: string[]) => Promise<SectionMatch[]>
  documents: (keys: string[]) => Promise<StoredDocument[]>
  sections: (ids: string[]) => Promise<StoredSection[]>
  /** The analyzer version the index was built with; null when it was never built. */
  builtWith: (tx: unknown) => Promise<number | null>
  /** Empties the index (before a rebuild) and records the version it is rebuilt with. */
  reset: (tx: unknown, version: number) => Promise<void>
  count: () => Promise<number>
}
