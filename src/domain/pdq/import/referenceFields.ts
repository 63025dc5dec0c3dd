import type { CitationSource } from '../galley/types'

import { urlSchema } from '../../references/schema'

/**
 * The fields of a Galley reference made from a PDQ citation. The citation is kept word for word as
 * `citedAs` (readers and the export see that text); the structured fields are read from it as well as
 * plain text allows, for search, the picker and the dashboard: PDQ writes
 * `Authors: Title. Journal Volume (Issue): pages, Year.` for articles and `… In: Editors, eds.: Book.
 * Place: Publisher, Year, pp …` for chapters. What cannot be read is left empty, never guessed.
 */
export type ImportedReferenceFields = {
  kind: 'journal-article' | 'book-chapter' | 'guideline' | 'web-page'
  authors: Array<{ name: string }>
  title: string
  journal: string | null
  year: number | null
  volume: string | null
  issue: string | null
  pages: string | null
  pmid: string | null
  url: string | null
  citedAs: string
  lastReviewedAt: string
}

const MAX_TITLE = 1000

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim()

const yearOf = (text: string): number | null => {
  const years = [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((match) => Number(match[1]))
  const year = years.at(-1)
  return year !== undefined && year <= new Date().getUTCFullYear() + 1 ? year : null
}

/** "Casali PG, Abecassis N, et al." → Casali PG, Abecassis N (the "et al." is not a person). */
const authorsOf = (list: string): Array<{ name: string }> =>
  list
    .split(/,\s*/)
    .map((name) => name.replace(/\.$/, '').trim())
    .filter((name) => name && !/^et al\.?$/i.test(name))
    .slice(0, 50)
    .map((name) => ({ name: name.slice(0, 200) }))

/** Journal, volume, issue and pages from "Ann Oncol 29 (Suppl 4): iv51-iv67, 2018". */
const articleSource = (source: string) => {
  const match = /^(?<journal>[^:]+?)\s+(?<volume>[\w.-]+)\s*(?:\((?<issue>[^)]*)\))?\s*:\s*(?<pages>[^,]+),\s*\d{4}/.exec(source)
  if (!match?.groups) return null
  return {
    journal: match.groups.journal.trim().slice(0, 300),
    volume: match.groups.volume.slice(0, 40),
    issue: match.groups.issue?.trim().slice(0, 40) || null,
    pages: match.groups.pages.trim().slice(0, 40),
  }
}

const kindOf = (text: string, pmid: string | null, isArticle: boolean): ImportedReferenceFields['kind'] => {
  if (pmid || isArticle) return 'journal-article'
  if (/\bIn:\s/.test(text)) return 'book-chapter'
  if (/https?:\/\/|Available online|Last accessed/i.test(text)) return 'web-page'
  return 'guideline'
}

export const referenceFieldsFromCitation = (source: CitationSource, reviewedAt: string): ImportedReferenceFields => {
  const text = normalize(source.text)
  const colon = text.indexOf(': ')
  const hasAuthors = colon > 0 && colon < 300 && !/[.?!]\s/.test(text.slice(0, colon))
  const rest = hasAuthors ? text.slice(colon + 2) : text
  const titleEnd = rest.search(/[.?!]\s/)
  const title = (titleEnd > 0 ? rest.slice(0, titleEnd + 1) : rest).slice(0, MAX_TITLE)
  const article = titleEnd > 0 ? articleSource(rest.slice(titleEnd + 2)) : null
  const url = /https?:\/\/[^\s<>"]+[^\s<>".,;)]/.exec(text)?.[0] ?? null
  return {
    kind: kindOf(text, source.pmid, article !== null),
    authors: hasAuthors ? authorsOf(text.slice(0, colon)) : [],
    title: title || text.slice(0, MAX_TITLE),
    journal: article?.journal ?? null,
    year: yearOf(text),
    volume: article?.volume ?? null,
    issue: article?.issue ?? null,
    pages: article?.pages ?? null,
    pmid: source.pmid,
    url: url && urlSchema.safeParse(url).success ? url : null,
    citedAs: text.slice(0, 4000),
    lastReviewedAt: reviewedAt,
  }
}
