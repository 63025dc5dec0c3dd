/**
 * Full-text search over published content: how text becomes index terms (stemmed per language,
 * accents folded), how a reader's query becomes what a hit must contain, what of a revision is
 * searched, and the snippet shown for a hit. Framework-free; the database's part is in src/search.
 */
export type { SearchLanguage, Token } from './analyze'
export type { SearchDocument, SearchEntry, SearchRow, SearchSection } from './entries'
export type { PartMatch, SectionHit } from './rank'
export type { QueryPart, SearchAudience, SearchQuery, SearchType } from './query'
export type { Snippet } from './snippet'
export type { SearchAnswer, SearchHit } from './answer'

export { ANALYZER_VERSION, foldWord, searchLanguages, termOf, termsOf, tokenize } from './analyze'
export { searchDocumentOf, searchEntryOf } from './entries'
export { bestSections, rankDocuments } from './rank'
export {
  DEFAULT_SEARCH_LIMIT,
  MAX_QUERY_LENGTH,
  MAX_QUERY_PARTS,
  MAX_SEARCH_LIMIT,
  MAX_SEARCH_PAGE,
  parseSearchQuery,
  queryParts,
  searchAudiences,
  searchTypes,
} from './query'
export { searchAnswerSchema } from './answer'
export { snippetOf, SNIPPET_WORDS } from './snippet'
