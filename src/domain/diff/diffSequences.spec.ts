import type { Edit } from './diffSequences'

import { describe, expect, it } from 'vitest'

import { diffSequences } from './diffSequences'

const apply = (edits: Edit[], a: number[], b: number[]) => {
  const fromA: number[] = []
  const toB: number[] = []
  let i = 0
  let j = 0
  for (const { op, count } of edits) {
    if (op === 'equal') {
      expect(a.slice(i, i + count)).toEqual(b.slice(j, j + count))
      fromA.push(...a.slice(i, i + count))
      toB.push(...b.slice(j, j + count))
      i += count
      j += count
    } else if (op === 'delete') fromA.push(...a.slice(i, (i += count)))
    else toB.push(...b.slice(j, (j += count)))
  }
  return { fromA, toB }
}

const lcsLength = (a: number[], b: number[]): number => {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i][j] = a[i - 1] === b[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1])
  return table[a.length][b.length]
}

const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}

describe('diffSequences', () => {
  it('finds a shortest edit script that rebuilds both sequences', () => {
    const next = random(42)
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * 5))
      const b = Array.from({ length: Math.floor(next() * 30) }, () => Math.floor(next() * 5))
      const edits = diffSequences({ a, b, maxCost: 1000 })
      expect(edits).not.toBeNull()
      const { fromA, toB } = apply(edits ?? [], a, b)
      expect(fromA).toEqual(a)
      expect(toB).toEqual(b)
      const equal = (edits ?? []).filter((edit) => edit.op === 'equal').reduce((sum, edit) => sum + edit.count, 0)
      expect(equal).toBe(lcsLength(a, b))
    }
  })

  it('puts deletions before insertions within a change', () => {
    expect(diffSequences({ a: [1, 2, 3], b: [1, 4, 3], maxCost: 10 })).toEqual([
      { op: 'equal', count: 1 },
      { op: 'delete', count: 1 },
      { op: 'insert', count: 1 },
      { op: 'equal', count: 1 },
    ])
  })

  it('handles empty sequences', () => {
    expect(diffSequences({ a: [], b: [], maxCost: 0 })).toEqual([])
    expect(diffSequences({ a: [], b: [1, 2], maxCost: 0 })).toEqual([{ op: 'insert', count: 2 }])
  })

  it('gives up past maxCost', () => {
    const a = Array.from({ length: 100 }, (_, i) => i)
    const b = Array.from({ length: 100 }, (_, i) => i + 1000)
    expect(diffSequences({ a, b, maxCost: 50 })).toBeNull()
    expect(diffSequences({ a, b, maxCost: 200 })).toEqual([
      { op: 'delete', count: 100 },
      { op: 'insert', count: 100 },
    ])
  })
})
