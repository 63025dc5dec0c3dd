import { stemmer as englishStemmer } from '@orama/stemmers/english'
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish'

export const searchLanguages = ['en', 'es'] as const
export type SearchLanguage = (typeof searchLanguages)[number]

/**
 * Bump when what the index stores for a revision changes (`termsOf`, `searchDocumentOf`): the index is
 * rebuilt from the published revisions when the version it was built with differs
 * (src/search/rebuildSearchIndex).
 */
export const ANALYZER_VERSION = 1

/** Longer runs of letters are not words a reader types (sequences, identifiers); they are not indexed. */
const MAX_WORD_LENGTH = 40

/** Words: runs of letters (with their accents) and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu

const stemmers: Record<SearchLanguage, (word: string) => string> = { en: englishStemmer, es: spanishStemmer }

/**
 * Words so common that a query term made of one says nothing. They are indexed (a quoted phrase
 * such as "treatment of cancer" needs them) but dropped from a query's plain terms.
 */
const stopWords: Record<SearchLanguage, ReadonlySet<string>> = {
  en: new Set(
    'a an and are as at be by for from has have in is it its of on or that the their this to was were will with not no'.split(' '),
  ),
  es: new Set('a al con de del el en es la las lo los o para por que se su sus un una uno unos unas y e ni no'.split(' ')),
}

/** Lower case without accents: `Radiación` → `radiacion`, `Niños` → `ninos`. */
export const foldWord = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

/**
 * The index term of one word: folded first, then stemmed, so a reader who types without accents
 * finds the accented text and the reverse (`radiacion` and `radiación` give the same term).
 */
export const termOf = (word: string, language: SearchLanguage): string => {
  const folded = foldWord(word)
  return /^\d+$/.test(folded) ? folded : stemmers[language](folded)
}

export type Token = { term: string; start: number; end: number; stopWord: boolean }

/** Every word of `text` with its term and its place in `text` (for highlighting). */
export const tokenize = (text: string, language: SearchLanguage): Token[] => {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    if (word.length > MAX_WORD_LENGTH) continue
    const folded = foldWord(word)
    if (!folded) continue
    tokens.push({
      term: termOf(word, language),
      start: match.index,
      end: match.index + word.length,
      stopWord: stopWords[language].has(folded),
    })
  }
  return tokens
}

/** The text as the index stores it: its terms in order, separated by spaces. */
export const termsOf = (text: string, language: SearchLanguage): string =>
  tokenize(text, language)
    .map((token) => token.term)
    .join(' ')
