import type { Token } from './tokens'

import { describe, expect, it } from 'vitest'

import { lexical } from './buildLexical'
import { countWords, toTokens } from './tokens'

const word = (text: string): Token => ({ kind: 'word', text })
const punct = (text: string): Token => ({ kind: 'punct', text })
const space: Token = { kind: 'space' }
const block = (type: string): Token => ({ kind: 'block', type })

describe('toTokens', () => {
  it('splits words, folds whitespace, makes punctuation and citations their own tokens', () => {
    expect(toTokens(lexical(['Pazopanib   is a [[ref:7]] drug, used in PD-1 trials.']))).toEqual([
      block('paragraph'),
      word('Pazopanib'),
      space,
      word('is'),
      space,
      word('a'),
      space,
      { kind: 'citation', ref: '7' },
      space,
      word('drug'),
      punct(','),
      space,
      word('used'),
      space,
      word('in'),
      space,
      word('PD-1'),
      space,
      word('trials'),
      punct('.'),
    ])
  })

  it('marks where each block starts, with heading levels and list items', () => {
    const tokens = toTokens(lexical(['## Stage I', 'Surgery.', '- Mohs\n- Excision']))
    expect(tokens.filter((token) => token.kind === 'block')).toEqual([
      block('h2'),
      block('paragraph'),
      block('listitem'),
      block('listitem'),
    ])
  })

  it('shows a paragraph split as a block token where there was a space', () => {
    const joined = toTokens(lexical(['Surgery is common. Radiation may follow.']))
    const split = toTokens(lexical(['Surgery is common.', 'Radiation may follow.']))
    expect(joined.length).toBe(split.length)
    expect(joined[7]).toEqual(space)
    expect(split[7]).toEqual(block('paragraph'))
  })

  it('joins words split across text nodes and trims block edges', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: '  Tazem' },
              { type: 'text', text: "etostat's  " },
            ],
          },
        ],
      },
    }
    expect(toTokens(state)).toEqual([block('paragraph'), word("Tazemetostat's")])
  })

  it('counts words only', () => {
    expect(countWords(toTokens(lexical(['Pazopanib [[ref:7]] (Votrient).'])))).toBe(2)
  })

  it('returns [] for malformed input', () => {
    expect(toTokens(null)).toEqual([])
    expect(toTokens({ root: { children: [{ type: 'paragraph', children: 5 }] } })).toEqual([])
  })
})
