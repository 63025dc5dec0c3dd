import type { Token } from '../richtext/tokens'
import type { DiffRun } from './diffTokens'

import { describe, expect, it } from 'vitest'

import { lexical } from '../richtext/buildLexical'
import { tokenKey, toTokens } from '../richtext/tokens'
import { countChangedWords, diffTokens } from './diffTokens'

const text = (tokens: readonly Token[]): string =>
  tokens.map((token) => (token.kind === 'block' ? '¶' : token.kind === 'space' ? ' ' : tokenKey(token).slice(1))).join('')

const sides = (runs: DiffRun[]) => ({
  before: runs.filter((run) => run.op !== 'insert').flatMap((run) => run.tokens),
  after: runs.filter((run) => run.op !== 'delete').flatMap((run) => run.tokens),
})

const changes = (runs: DiffRun[]) =>
  runs.filter((run) => run.op !== 'equal').map((run) => `${run.op === 'insert' ? '+' : '-'}${text(run.tokens)}`)

describe('diffTokens', () => {
  it('shows exactly the changed word', () => {
    const before = toTokens(lexical(['Pazopanib is a tyrosine kinase inhibitor [[ref:7]].']))
    const after = toTokens(lexical(['Pazopanib is a multi-kinase inhibitor [[ref:7]].']))
    const runs = diffTokens({ before, after })
    expect(changes(runs)).toEqual(['-tyrosine kinase', '+multi-kinase'])
    expect(countChangedWords(runs)).toEqual({ inserted: 1, deleted: 2 })
    expect(sides(runs)).toEqual({ before, after })
  })

  it('shows a changed citation as a citation token', () => {
    const runs = diffTokens({
      before: toTokens(lexical(['Surgery is the main treatment [[ref:1]].'])),
      after: toTokens(lexical(['Surgery is the main treatment [[ref:2]].'])),
    })
    expect(runs.filter((run) => run.op !== 'equal')).toEqual([
      { op: 'delete', tokens: [{ kind: 'citation', ref: '1' }] },
      { op: 'insert', tokens: [{ kind: 'citation', ref: '2' }] },
    ])
  })

  it('shows a paragraph split', () => {
    const runs = diffTokens({
      before: toTokens(lexical(['Surgery is common. Radiation may follow.'])),
      after: toTokens(lexical(['Surgery is common.', 'Radiation may follow.'])),
    })
    expect(changes(runs)).toEqual(['- ', '+¶'])
  })

  it('returns one equal run for identical input and nothing for two empty inputs', () => {
    const tokens = toTokens(lexical(['Soft tissue sarcoma.']))
    expect(diffTokens({ before: tokens, after: tokens })).toEqual([{ op: 'equal', tokens }])
    expect(diffTokens({ before: [], after: [] })).toEqual([])
  })

  it('folds spaces between nearby changes into one replacement', () => {
    const runs = diffTokens({
      before: toTokens(lexical(['Ask the doctor today.'])),
      after: toTokens(lexical(['Ask a nurse today.'])),
    })
    expect(changes(runs)).toEqual(['-the doctor', '+a nurse'])
  })

  it('falls back to whole blocks when the texts are completely different, staying exact', () => {
    const paragraphs = (prefix: string) =>
      Array.from({ length: 40 }, (_, p) => Array.from({ length: 60 }, (_, w) => `${prefix}${p}x${w}`).join(' ') + '.')
    const before = toTokens(lexical(paragraphs('alpha')))
    const after = toTokens(lexical(paragraphs('beta')))
    const runs = diffTokens({ before, after, maxCost: 200 })
    expect(sides(runs)).toEqual({ before, after })
    expect(countChangedWords(runs)).toEqual({ inserted: 2400, deleted: 2400 })
  })

  it('keeps unchanged blocks equal in the fallback', () => {
    const shared = 'Radiation therapy uses high-energy x-rays to kill cancer cells.'
    const before = toTokens(lexical([shared, 'one two three four five six seven eight', shared]))
    const after = toTokens(lexical([shared, 'alpha beta gamma delta epsilon zeta eta theta', shared]))
    const runs = diffTokens({ before, after, maxCost: 4 })
    expect(sides(runs)).toEqual({ before, after })
    expect(runs[0]).toMatchObject({ op: 'equal' })
    expect(text(runs[0].tokens)).toContain(shared)
    expect(countChangedWords(runs)).toEqual({ inserted: 8, deleted: 8 })
  })

  it('finds exactly the scattered word edits in a ~40 KB text', () => {
    const sentence = (i: number) => `Sentence ${i} says that soft tissue sarcoma treatment ${i % 7} depends on the stage and grade.`
    const paragraphs = Array.from({ length: 110 }, (_, p) => Array.from({ length: 4 }, (_, s) => sentence(p * 4 + s)).join(' '))
    const edited = paragraphs.map((paragraph, p) => (p % 4 === 1 ? paragraph.replace('depends', 'relies') : paragraph))
    const before = toTokens(lexical(paragraphs))
    const after = toTokens(lexical(edited))
    expect(paragraphs.join('\n\n').length).toBeGreaterThan(38_000)
    const runs = diffTokens({ before, after })
    expect(sides(runs)).toEqual({ before, after })
    expect(countChangedWords(runs)).toEqual({ inserted: 28, deleted: 28 })
    expect(changes(runs).slice(0, 2)).toEqual(['-depends', '+relies'])
  })
})
