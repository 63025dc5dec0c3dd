export type EditOp = 'equal' | 'insert' | 'delete'

/** `count` items of `a` (equal, delete) or of `b` (insert), in order. */
export type Edit = { op: EditOp; count: number }

type Args = {
  a: ArrayLike<number>
  b: ArrayLike<number>
  /** Give up (return null) when more than this many insertions + deletions are needed. */
  maxCost: number
}

const pushEdit = (edits: Edit[], op: EditOp, count: number): void => {
  if (count <= 0) return
  const last = edits[edits.length - 1]
  if (last && last.op === op) last.count += count
  else edits.push({ op, count })
}

/** Rewrites each stretch between equal edits as one deletion followed by one insertion. */
const deletionsFirst = (edits: Edit[]): Edit[] => {
  const result: Edit[] = []
  let deleted = 0
  let inserted = 0
  for (const edit of edits) {
    if (edit.op === 'delete') deleted += edit.count
    else if (edit.op === 'insert') inserted += edit.count
    else {
      pushEdit(result, 'delete', deleted)
      pushEdit(result, 'insert', inserted)
      pushEdit(result, 'equal', edit.count)
      deleted = inserted = 0
    }
  }
  pushEdit(result, 'delete', deleted)
  pushEdit(result, 'insert', inserted)
  return result
}

/**
 * Myers' O(ND) shortest edit script between two sequences of integer keys, after trimming their common
 * prefix and suffix. Within a changed stretch deletions come before insertions. Returns null when the
 * edit distance exceeds `maxCost`, which bounds both time (O((N+M)·maxCost)) and memory (O(maxCost²)).
 */
export const diffSequences = ({ a, b, maxCost }: Args): Edit[] | null => {
  let start = 0
  let endA = a.length
  let endB = b.length
  while (start < endA && start < endB && a[start] === b[start]) start++
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const n = endA - start
  const m = endB - start
  const edits: Edit[] = []
  pushEdit(edits, 'equal', start)
  if (n === 0 || m === 0) {
    pushEdit(edits, 'delete', n)
    pushEdit(edits, 'insert', m)
    pushEdit(edits, 'equal', a.length - endA)
    return edits
  }

  const max = Math.min(n + m, Math.max(0, Math.floor(maxCost)))
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // trace[d] holds v for diagonals -(d+1)..(d+1) as they were before round d.
  const trace: Int32Array[] = []
  let found = -1
  search: for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = d
        break search
      }
    }
  }
  if (found < 0) return null

  const reversed: EditOp[] = []
  let x = n
  let y = m
  for (let d = found; d > 0; d--) {
    const prev = trace[d]
    const at = (k: number): number => prev[k + d + 1]
    const k = x - y
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      reversed.push('equal')
      x--
      y--
    }
    reversed.push(x === prevX ? 'insert' : 'delete')
    x = prevX
    y = prevY
  }
  pushEdit(edits, 'equal', x)
  for (let i = reversed.length - 1; i >= 0; i--) pushEdit(edits, reversed[i], 1)
  pushEdit(edits, 'equal', a.length - endA)
  return deletionsFirst(edits)
}
