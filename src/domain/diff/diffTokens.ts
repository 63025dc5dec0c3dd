import type { Token } from '../richtext/tokens'
import type { Edit, EditOp } from './diffSequences'

import { diffSequences } from './diffSequences'

export type DiffRun = { op: EditOp; tokens: Token[] }

type Args = {
  before: readonly Token[]
  after: readonly Token[]
  /** Most insertions + deletions Myers may explore before falling back to block-by-block. */
  maxCost?: number
}

/**
 * Past this many token insertions + deletions in one stretch, diffing goes paragraph by paragraph: a
 * rewrite that large reads as well that way, and it caps a fully rewritten 40 KB text at tens of ms.
 */
export const DEFAULT_MAX_COST = 300

type Interner = (key: string) => number

const createInterner = (): Interner => {
  const ids = new Map<string, number>()
  return (key) => {
    let id = ids.get(key)
    if (id === undefined) ids.set(key, (id = ids.size))
    return id
  }
}

/**
 * Numbers tokens so that equal tokens get equal numbers. Looks up the token's own string in a table per
 * kind, which spares building a key string for each of tens of thousands of tokens.
 */
const createTokenNumberer = (): ((token: Token) => number) => {
  const tables = { word: createInterner(), punct: createInterner(), citation: createInterner(), block: createInterner() }
  // Interleave the kinds: id * 5 + kind index keeps numbers of different kinds apart.
  return (token) => {
    switch (token.kind) {
      case 'space':
        return 0
      case 'word':
        return tables.word(token.text) * 5 + 1
      case 'punct':
        return tables.punct(token.text) * 5 + 2
      case 'citation':
        return tables.citation(token.ref) * 5 + 3
      case 'block':
        return tables.block(token.type) * 5 + 4
    }
  }
}

const pushEdit = (edits: Edit[], op: EditOp, count: number): void => {
  if (count <= 0) return
  const last = edits[edits.length - 1]
  if (last && last.op === op) last.count += count
  else edits.push({ op, count })
}

/** [start, end) token ranges, a new one beginning at every block token. */
const blockRanges = (tokens: readonly Token[]): Array<[number, number]> => {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].kind === 'block') {
      if (i > start) ranges.push([start, i])
      start = i
    }
  }
  return ranges
}

/**
 * Fallback when the token-level edit distance is too large: align whole blocks, then diff each pair of
 * changed blocks under a bound of half their size; past that a block is shown as deleted and re-inserted.
 */
const diffByBlock = ({
  a,
  b,
  before,
  after,
  intern,
  maxCost,
}: {
  a: Int32Array
  b: Int32Array
  before: readonly Token[]
  after: readonly Token[]
  intern: Interner
  maxCost: number
}): Edit[] => {
  const blocksA = blockRanges(before)
  const blocksB = blockRanges(after)
  const blockKey = (keys: Int32Array, [start, end]: [number, number]): number => intern(keys.subarray(start, end).join(','))
  const blockEdits = diffSequences({
    a: blocksA.map((range) => blockKey(a, range)),
    b: blocksB.map((range) => blockKey(b, range)),
    maxCost,
  })
  const edits: Edit[] = []
  if (!blockEdits) {
    pushEdit(edits, 'delete', before.length)
    pushEdit(edits, 'insert', after.length)
    return edits
  }
  const size = ([start, end]: [number, number]): number => end - start
  let i = 0
  let j = 0
  for (let e = 0; e < blockEdits.length; e++) {
    const edit = blockEdits[e]
    if (edit.op === 'equal') {
      for (let n = 0; n < edit.count; n++, i++, j++) pushEdit(edits, 'equal', size(blocksA[i]))
      continue
    }
    const deleted = edit.op === 'delete' ? edit.count : 0
    const next = blockEdits[e + 1]
    const inserted = edit.op === 'insert' ? edit.count : next?.op === 'insert' ? (e++, next.count) : 0
    const pairs = Math.min(deleted, inserted)
    for (let n = 0; n < pairs; n++) {
      const [startA, endA] = blocksA[i++]
      const [startB, endB] = blocksB[j++]
      const pairEdits = diffSequences({
        a: a.subarray(startA, endA),
        b: b.subarray(startB, endB),
        maxCost: Math.min(maxCost, Math.ceil((endA - startA + endB - startB) / 2)),
      }) ?? [
        { op: 'delete', count: endA - startA },
        { op: 'insert', count: endB - startB },
      ]
      for (const pairEdit of pairEdits) pushEdit(edits, pairEdit.op, pairEdit.count)
    }
    for (let n = pairs; n < deleted; n++) pushEdit(edits, 'delete', size(blocksA[i++]))
    for (let n = pairs; n < inserted; n++) pushEdit(edits, 'insert', size(blocksB[j++]))
  }
  return edits
}

const toRuns = (edits: readonly Edit[], before: readonly Token[], after: readonly Token[]): DiffRun[] => {
  const runs: DiffRun[] = []
  let i = 0
  let j = 0
  for (const { op, count } of edits) {
    if (op === 'insert') {
      runs.push({ op, tokens: after.slice(j, j + count) })
      j += count
    } else {
      runs.push({ op, tokens: before.slice(i, i + count) })
      i += count
      if (op === 'equal') j += count
    }
  }
  return runs
}

const isFiller = (token: Token): boolean => token.kind === 'space' || token.kind === 'punct'

/**
 * Readability cleanup: a stretch of only spaces and punctuation left equal between two changes is folded
 * into them ("the cat" → "a dog" reads as one replacement), and each stretch between equal runs becomes
 * one deletion followed by one insertion.
 */
const foldFillers = (runs: readonly DiffRun[]): DiffRun[] => {
  const result: DiffRun[] = []
  let deleted: Token[] = []
  let inserted: Token[] = []
  const flush = (): void => {
    if (deleted.length) result.push({ op: 'delete', tokens: deleted })
    if (inserted.length) result.push({ op: 'insert', tokens: inserted })
    deleted = []
    inserted = []
  }
  runs.forEach((run, index) => {
    if (run.op === 'delete') deleted = deleted.concat(run.tokens)
    else if (run.op === 'insert') inserted = inserted.concat(run.tokens)
    else if (index > 0 && index < runs.length - 1 && (deleted.length > 0 || inserted.length > 0) && run.tokens.every(isFiller)) {
      deleted = deleted.concat(run.tokens)
      inserted = inserted.concat(run.tokens)
    } else {
      flush()
      result.push({ op: 'equal', tokens: run.tokens.slice() })
    }
  })
  flush()
  return result
}

/**
 * Word-level diff of two token lists as runs of equal, deleted and inserted tokens; concatenating the
 * equal and delete runs gives `before`, the equal and insert runs give `after`.
 */
export const diffTokens = ({ before, after, maxCost = DEFAULT_MAX_COST }: Args): DiffRun[] => {
  const intern = createInterner()
  const numberOf = createTokenNumberer()
  const a = Int32Array.from(before, numberOf)
  const b = Int32Array.from(after, numberOf)
  const edits = diffSequences({ a, b, maxCost }) ?? diffByBlock({ a, b, before, after, intern, maxCost })
  return foldFillers(toRuns(edits, before, after))
}

/** Words inserted and deleted by a diff (citations, punctuation and spaces not counted). */
export const countChangedWords = (runs: readonly DiffRun[]): { inserted: number; deleted: number } => {
  let inserted = 0
  let deleted = 0
  for (const run of runs) {
    if (run.op === 'equal') continue
    let words = 0
    for (const token of run.tokens) if (token.kind === 'word') words++
    if (run.op === 'insert') inserted += words
    else deleted += words
  }
  return { inserted, deleted }
}
