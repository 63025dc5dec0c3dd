import type { Refusal } from '../errors'
import type { SearchLanguage } from './analyze'

import { refusal } from '../errors'
import { searchLanguages, tokenize } from './analyze'

/** The types the search covers: those with a public page. */
export const searchTypes = ['summaries', 'drugs', 'stages'] as const
export type SearchType = (typeof searchTypes)[number]
export const searchAudiences = ['patient', 'health-professional'] as const
export type SearchAudience = (typeof searchAudiences)[number]

export const MAX_QUERY_LENGTH = 200
/** More words than this in one query are not a question a reader asks; the rest are ignored. */
export const MAX_QUERY_PARTS = 12
export const MAX_SEARCH_LIMIT = 50
export const DEFAULT_SEARCH_LIMIT = 10
export const MAX_SEARCH_PAGE = 50

/**
 * One thing every hit must contain: a word (one term) or a quoted phrase (its terms in that order,
 * within one section).
 */
export type QueryPart = { terms: string[] }

export type SearchQuery = {
  /** The query as typed, trimmed. */
  text: string
  language: SearchLanguage
  parts: QueryPart[]
  type: SearchType | null
  audience: SearchAudience | null
  page: number
  limit: number
}

/** Straight and typographic double quotes open and close phrases. */
const PHRASE = /["“”„«»]([^"“”„«»]*)["“”„«»]?/g

/**
 * What to look for in a query as a reader types it. Quoted text is a phrase; everything else is
 * words, which must all appear (stop words such as "the" are dropped unless nothing else is left).
 * Nothing is an operator: `AND`, `-`, `*`, `:` or `NEAR(…)` are words or separators, so no query can
 * make the database's own query syntax fail.
 */
export const queryParts = (text: string, language: SearchLanguage): QueryPart[] => {
  const phrases: QueryPart[] = []
  const rest = text.replace(PHRASE, (_match, inside: string) => {
    const terms = tokenize(inside, language).map((token) => token.term)
    if (terms.length > 0) phrases.push({ terms })
    return ' '
  })
  const words = tokenize(rest, language)
  const meaningful = words.filter((token) => !token.stopWord)
  const chosen = meaningful.length > 0 || phrases.length > 0 ? meaningful : words
  const parts = [...phrases, ...chosen.map((token) => ({ terms: [token.term] }))]
  const seen = new Set<string>()
  return parts
    .filter((part) => {
      const key = part.terms.join(' ')
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .slice(0, MAX_QUERY_PARTS)
}

type Params = { get: (name: string) => string | null }

const oneOf = <T extends string>(params: Params, name: string, values: readonly T[]): { value: T | null } | { refusal: Refusal } => {
  const raw = params.get(name)
  if (raw === null || raw === '') return { value: null }
  if ((values as readonly string[]).includes(raw)) return { value: raw as T }
  return {
    refusal: refusal({ status: 400, field: name, message: `${name} must be one of ${values.join(', ')} (got "${raw.slice(0, 40)}")` }),
  }
}

const wholeNumber = (
  params: Params,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): { value: number } | { refusal: Refusal } => {
  const raw = params.get(name)
  if (raw === null || raw === '') return { value: fallback }
  const value = /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN
  if (value >= min && value <= max) return { value }
  return { refusal: refusal({ status: 400, field: name, message: `${name} must be a whole number from ${min} to ${max}` }) }
}

/**
 * Reads a search request's parameters (`q`, `lang`, `type`, `audience`, `page`, `limit`), or refuses it
 * naming the parameter at fault. A query with no words in it (only punctuation, say) is valid and
 * finds nothing.
 */
export const parseSearchQuery = (params: Params): SearchQuery | Refusal => {
  const text = (params.get('q') ?? '').trim()
  if (!text) return refusal({ status: 400, field: 'q', message: 'q is required: the words to search for' })
  if (text.length > MAX_QUERY_LENGTH)
    return refusal({ status: 400, field: 'q', message: `q must be at most ${MAX_QUERY_LENGTH} characters (got ${text.length})` })
  const language = oneOf(params, 'lang', searchLanguages)
  if ('refusal' in language) return language.refusal
  const type = oneOf(params, 'type', searchTypes)
  if ('refusal' in type) return type.refusal
  const audience = oneOf(params, 'audience', searchAudiences)
  if ('refusal' in audience) return audience.refusal
  const page = wholeNumber(params, 'page', { min: 1, max: MAX_SEARCH_PAGE, fallback: 1 })
  if ('refusal' in page) return page.refusal
  const limit = wholeNumber(params, 'limit', { min: 1, max: MAX_SEARCH_LIMIT, fallback: DEFAULT_SEARCH_LIMIT })
  if ('refusal' in limit) return limit.refusal
  const lang = language.value ?? 'en'
  return {
    text,
    language: lang,
    parts: queryParts(text, lang),
    type: type.value,
    audience: audience.value,
    page: page.value,
    limit: limit.value,
  }
}
