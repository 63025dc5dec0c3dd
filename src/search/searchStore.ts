import type { PartMatch, SearchDocument, SearchEntry, SearchQuery, SectionHit } from '@/domain/search'

export type StoredDocument = Omit<SearchDocument, 'sections'>
export type StoredSection = { id: string; doc: string; anchor: string; heading: string; text: string }

/**
 * The search index as each database keeps it: documents with their titles' terms, and their
 * sections with their own terms (`searchEntryOf`). Writes take the publishing transaction (`tx`), so
 * a publication and its index entry commit or roll back together. The database matches (stems,
 * phrases); how the matches rank is decided once, in src/domain/search/rank.
 */
export type SearchStore = {
  /** Puts the document's entry in place of what the index had for `key` (null: takes it out). */
  replace: (tx: unknown, key: string, entry: SearchEntry | null) => Promise<void>
  /** For one part of the query: each document (of the query's language and filters) whose title or sections have it. */
  partMatches: (query: SearchQuery, terms: string[]) => Promise<PartMatch[]>
  /** For one part: the sections of these documents that have it. */
  sectionHits: (docs: string[], terms: string[]) => Promise<SectionHit[]>
  /** The first section (the description, or the whole text) of each of these documents, by document. */
  openings: (docs: string[]) => Promise<Map<string, string>>
  documents: (keys: string[]) => Promise<StoredDocument[]>
  sections: (ids: string[]) => Promise<StoredSection[]>
  /** The analyzer version the index was built with; null when it was never built. */
  builtWith: (tx: unknown) => Promise<number | null>
  /** Empties the index (before a rebuild) and records the version it is rebuilt with. */
  reset: (tx: unknown, version: number) => Promise<void>
  count: () => Promise<number>
}
