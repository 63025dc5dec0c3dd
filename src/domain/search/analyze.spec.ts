import { describe, expect, it } from 'vitest'

import { termOf, termsOf, tokenize } from './analyze'

describe('termOf', () => {
  it('gives English inflections one term', () => {
    expect(termOf('treatments', 'en')).toBe(termOf('treatment', 'en'))
    expect(termOf('Sarcomas', 'en')).toBe(termOf('sarcoma', 'en'))
  })

  it('gives Spanish inflections one term', () => {
    expect(termOf('tratamientos', 'es')).toBe(termOf('tratamiento', 'es'))
  })

  it('folds accents, so a word typed without them finds the accented text', () => {
    expect(termOf('radiacion', 'es')).toBe(termOf('Radiación', 'es'))
    expect(termOf('ninos', 'es')).toBe(termOf('niños', 'es'))
    expect(termOf('cancer', 'es')).toBe(termOf('cáncer', 'es'))
  })

  it('keeps numbers as they are', () => {
    expect(termOf('2025', 'en')).toBe('2025')
  })
})

describe('tokenize', () => {
  it('gives each word its place in the text', () => {
    const text = 'Soft-tissue sarcoma, stage IV.'
    expect(tokenize(text, 'en').map((token) => text.slice(token.start, token.end))).toEqual(['Soft', 'tissue', 'sarcoma', 'stage', 'IV'])
  })

  it('marks stop words', () => {
    expect(tokenize('the treatment of sarcoma', 'en').map((token) => token.stopWord)).toEqual([true, false, true, false])
  })

  it('skips runs of letters too long to be words', () => {
    expect(termsOf(`gene ${'A'.repeat(60)} sequence`, 'en')).toBe(`${termOf('gene', 'en')} ${termOf('sequence', 'en')}`)
  })
})
