import { walkLexical } from './walk'

/** Reference ids cited in a rich text body, in document order, duplicates kept. */
export const extractCitations = (state: unknown): string[] => {
  const refs: string[] = []
  walkLexical({ state, visitor: { citation: (ref) => refs.push(ref) } })
  return refs
}

/** Reference ids cited in a rich text body, each once, in order of first citation. */
export const uniqueCitations = (state: unknown): string[] => [...new Set(extractCitations(state))]
