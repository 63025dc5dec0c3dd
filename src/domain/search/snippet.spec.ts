import { describe, expect, it } from 'vitest'

import { queryParts } from './query'
import { snippetOf, SNIPPET_WORDS } from './snippet'

const marked = ({ text, highlights }: { text: string; highlights: [number, number][] }) =>
  highlights.reduceRight((out, [start, end]) => `${out.slice(0, start)}[${out.slice(start, end)}]${out.slice(end)}`, text)

describe('snippetOf', () => {
  it('highlights every form of the words searched for', () => {
    const text = 'Surgery is the main treatment. Treatments after surgery include radiation therapy.'
    expect(marked(snippetOf(text, queryParts('treatment', 'en'), 'en'))).toBe(
      'Surgery is the main [treatment]. [Treatments] after surgery include radiation therapy.',
    )
  })

  it('shows the passage where the words are, with an ellipsis where the text goes on', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    const snippet = snippetOf(`${filler} chemotherapy and radiation together. ${filler}`, queryParts('radiation chemotherapy', 'en'), 'en')
    expect(snippet.text.startsWith('…')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    expect(marked(snippet)).toContain('[chemotherapy] and [radiation] together')
    expect(snippet.text.split(' ').length).toBeLessThanOrEqual(SNIPPET_WORDS + 1)
  })

  it('highlights Spanish words whatever accents the query has', () => {
    expect(marked(snippetOf('La radiación se usa en niños.', queryParts('radiacion ninos', 'es'), 'es'))).toBe(
      'La [radiación] se usa en [niños].',
    )
  })

  it('folds runs of whitespace and keeps the highlights on the words', () => {
    expect(marked(snippetOf('Stage\n\nIV   sarcoma', queryParts('sarcoma', 'en'), 'en'))).toBe('Stage IV [sarcoma]')
  })

  it('opens the text when nothing in it matched (the title did)', () => {
    expect(snippetOf('Radiation therapy uses high-energy x-rays.', queryParts('sarcoma', 'en'), 'en')).toEqual({
      text: 'Radiation therapy uses high-energy x-rays.',
      highlights: [],
    })
  })
})
