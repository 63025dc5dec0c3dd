import type { SearchLanguage } from './analyze'
import type { QueryPart } from './query'

import { tokenize } from './analyze'

/** A passage of a hit with the words that matched: `[start, end)` offsets into `text`. */
export type Snippet = { text: string; highlights: [number, number][] }

/** Words in a snippet. */
export const SNIPPET_WORDS = 32

const ELLIPSIS = '…'

/**
 * The passage of `text` that shows best why it matched: the window of SNIPPET_WORDS words holding the
 * most different query terms (the earliest of equals), with every matching word highlighted. Text
 * without a match (the title matched) gives its opening words.
 */
export const snippetOf = (text: string, parts: readonly QueryPart[], language: SearchLanguage): Snippet => {
  const tokens = tokenize(text, language)
  if (tokens.length === 0) return { text: '', highlights: [] }
  const wanted = new Set(parts.flatMap((part) => part.terms))
  const matches = tokens.map((token) => wanted.has(token.term) && !(token.stopWord && !isOnlyStopWords(parts, token.term)))

  let bestStart = 0
  let bestScore = -1
  for (let start = 0; start < tokens.length; start++) {
    if (start > 0 && !matches[start]) continue
    const seen = new Set<string>()
    for (let i = start; i < Math.min(tokens.length, start + SNIPPET_WORDS); i++) if (matches[i]) seen.add(tokens[i].term)
    if (seen.size > bestScore) {
      bestScore = seen.size
      bestStart = start
    }
    if (bestScore === wanted.size) break
  }
  // Open a few words before the first match, so it is read in context.
  const first = bestScore > 0 ? Math.max(0, bestStart - 4) : 0
  const last = Math.min(tokens.length, first + SNIPPET_WORDS) - 1
  const from = first === 0 ? 0 : tokens[first].start
  const to = last === tokens.length - 1 ? text.length : tokens[last].end
  const prefix = from > 0 ? ELLIPSIS : ''
  const suffix = to < text.length ? ELLIPSIS : ''
  const passage = text.slice(from, to).replace(/\s+/g, ' ')
  // Offsets are recomputed on the passage after its whitespace is folded.
  const shift = prefix.length
  const highlights: [number, number][] = []
  const folded = foldOffsets(text.slice(from, to))
  for (let i = first; i <= last; i++) {
    if (!matches[i]) continue
    highlights.push([shift + folded(tokens[i].start - from), shift + folded(tokens[i].end - from)])
  }
  return { text: `${prefix}${passage}${suffix}`, highlights }
}

/** A stop word is highlighted only when the query has nothing else (a search for "the"). */
const isOnlyStopWords = (parts: readonly QueryPart[], term: string): boolean =>
  parts.length === 1 && parts[0].terms.length === 1 && parts[0].terms[0] === term

/** Maps an offset in `raw` to the same place once each run of whitespace is one space. */
const foldOffsets = (raw: string): ((offset: number) => number) => {
  const map: number[] = []
  let out = 0
  let inSpace = false
  for (let i = 0; i <= raw.length; i++) {
    map.push(out)
    if (i === raw.length) break
    const space = /\s/.test(raw[i])
    if (!(space && inSpace)) out++
    inSpace = space
  }
  return (offset) => map[offset]
}
