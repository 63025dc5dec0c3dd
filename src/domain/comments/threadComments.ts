type Threadable = { id: string; parentId: string | null; createdAt: string }

export type Thread<T extends Threadable> = Omit<T, 'parentId'> & { replies: Thread<T>[] }

const byTime = (a: Threadable, b: Threadable) =>
  a.createdAt === b.createdAt ? a.id.localeCompare(b.id, 'en', { numeric: true }) : a.createdAt < b.createdAt ? -1 : 1

/**
 * Nests a document's comments into threads, oldest first at every level. A comment whose parent is
 * not in the list (which the endpoint never lets happen) is shown at the top level rather than lost.
 */
export function threadComments<T extends Threadable>(comments: readonly T[]): Thread<T>[] {
  const sorted = [...comments].sort(byTime)
  const nodes = new Map<string, Thread<T>>()
  for (const comment of sorted) {
    const { parentId: _parentId, ...rest } = comment
    nodes.set(comment.id, { ...rest, replies: [] })
  }
  const roots: Thread<T>[] = []
  for (const comment of sorted) {
    const node = nodes.get(comment.id) as Thread<T>
    const parent = comment.parentId === null || comment.parentId === comment.id ? undefined : nodes.get(comment.parentId)
    if (parent) parent.replies.push(node)
    else roots.push(node)
  }
  return roots
}
