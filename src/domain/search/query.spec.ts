import { describe, expect, it } from 'vitest'

import { termOf } from './analyze'
import { MAX_QUERY_LENGTH, parseSearchQuery, queryParts } from './query'

const params = (values: Record<string, string>) => new URLSearchParams(values)

describe('queryParts', () => {
  it('makes each meaningful word a part and drops stop words', () => {
    expect(queryParts('the treatment of sarcoma', 'en')).toEqual([
      { terms: [termOf('treatment', 'en')] },
      { terms: [termOf('sarcoma', 'en')] },
    ])
  })

  it('keeps a quoted phrase whole, stop words included', () => {
    expect(queryParts('"treatment of sarcoma" children', 'en')).toEqual([
      { terms: ['treatment', 'of', 'sarcoma'].map((word) => termOf(word, 'en')) },
      { terms: [termOf('children', 'en')] },
    ])
  })

  it('accepts typographic quotes', () => {
    expect(queryParts('“stage IV”', 'en')).toEqual([{ terms: [termOf('stage', 'en'), termOf('iv', 'en')] }])
  })

  it('keeps stop words when the query has nothing else', () => {
    expect(queryParts('the', 'en')).toEqual([{ terms: ['the'] }])
  })

  it('treats search operators as words or separators, never as syntax', () => {
    expect(queryParts('sarcoma AND NOT -surgery* NEAR(x) col:val', 'en').map((part) => part.terms.join(' '))).toEqual(
      ['sarcoma', 'surgery', 'near', 'x', 'col', 'val'].map((word) => termOf(word, 'en')),
    )
  })

  it('counts a repeated word once', () => {
    expect(queryParts('sarcoma sarcomas Sarcoma', 'en')).toEqual([{ terms: [termOf('sarcoma', 'en')] }])
  })

  it('finds nothing to look for in punctuation', () => {
    expect(queryParts('?!…', 'en')).toEqual([])
  })
})

describe('parseSearchQuery', () => {
  it('reads the parameters, English and the first page of 10 by default', () => {
    expect(parseSearchQuery(params({ q: ' sarcoma ' }))).toMatchObject({
      text: 'sarcoma',
      language: 'en',
      type: null,
      audience: null,
      page: 1,
      limit: 10,
    })
  })

  it('stems the query in the language asked for', () => {
    expect(parseSearchQuery(params({ q: 'tratamientos', lang: 'es' }))).toMatchObject({ parts: [{ terms: [termOf('tratamiento', 'es')] }] })
  })

  it.each([
    [{}, 'q', 'q is required'],
    [{ q: '   ' }, 'q', 'q is required'],
    [{ q: 'x'.repeat(10_000) }, 'q', `q must be at most ${MAX_QUERY_LENGTH} characters`],
    [{ q: 'a', lang: 'fr' }, 'lang', 'lang must be one of en, es'],
    [{ q: 'a', type: 'references' }, 'type', 'type must be one of summaries, drugs, stages'],
    [{ q: 'a', audience: 'doctors' }, 'audience', 'audience must be one of patient, health-professional'],
    [{ q: 'a', page: '0' }, 'page', 'page must be a whole number from 1 to 50'],
    [{ q: 'a', limit: '1e3' }, 'limit', 'limit must be a whole number from 1 to 50'],
  ])('refuses %j with a 400 naming %s', (values, field, message) => {
    const answer = parseSearchQuery(params(values as Record<string, string>))
    expect(answer).toMatchObject({ ok: false, status: 400, field })
    expect((answer as { message: string }).message).toContain(message)
  })
})
