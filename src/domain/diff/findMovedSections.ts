import { diffSequences } from './diffSequences'

type Args = {
  before: readonly string[]
  after: readonly string[]
}

/**
 * Ids whose position changed relative to the other sections present on both sides: those outside a
 * longest common subsequence. Inserting or removing a section moves nothing; moving one section
 * moves only that one.
 */
export const findMovedSections = ({ before, after }: Args): Set<string> => {
  const inAfter = new Set(after)
  const inBefore = new Set(before)
  const common = before.filter((id) => inAfter.has(id))
  const commonAfter = after.filter((id) => inBefore.has(id))
  const index = new Map(common.map((id, i) => [id, i]))
  const edits = diffSequences({
    a: common.map((_, i) => i),
    b: commonAfter.map((id) => index.get(id) ?? -1),
    maxCost: common.length * 2,
  })
  const moved = new Set<string>()
  let i = 0
  for (const edit of edits ?? []) {
    if (edit.op === 'delete') for (let n = 0; n < edit.count; n++) moved.add(common[i + n])
    if (edit.op !== 'insert') i += edit.count
  }
  return moved
}
