import type { CollectionBeforeChangeHook } from 'payload'

/** A document without a board goes to the board an admin chose in Editorial settings. */
export const assignDefaultBoard: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data?.board || originalDoc?.board) return data
  const settings = await req.payload.findGlobal({ slug: 'editorial-settings', depth: 0, req })
  const board = settings?.defaultBoard
  if (!board) return data
  return { ...data, board: typeof board === 'object' ? board.id : board }
}
