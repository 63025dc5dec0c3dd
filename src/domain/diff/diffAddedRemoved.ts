type Args = {
  before: readonly string[]
  after: readonly string[]
}

/**
 * What `after` adds to and `before` loses from a list, counting repeats (a key point listed twice and
 * then once has lost one copy). Order follows each list.
 */
export const diffAddedRemoved = ({ before, after }: Args): { added: string[]; removed: string[] } => {
  const remaining = new Map<string, number>()
  for (const item of before) remaining.set(item, (remaining.get(item) ?? 0) + 1)
  const added: string[] = []
  for (const item of after) {
    const left = remaining.get(item) ?? 0
    if (left > 0) remaining.set(item, left - 1)
    else added.push(item)
  }
  const removed: string[] = []
  for (const item of [...before].reverse()) {
    const left = remaining.get(item) ?? 0
    if (left > 0) {
      removed.unshift(item)
      remaining.set(item, left - 1)
    }
  }
  return { added, removed }
}
