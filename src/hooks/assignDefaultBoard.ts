import type { CollectionBeforeChangeHook } from 'payload'
import { slugs } from '@collections/slugs'

/** A document without a board goes to the board an admin chose in Editorial settings; one with a board keeps it. */
export const assignDefaultBoard: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data?.board) return data
  // Whoever may not choose the board keeps the current one (a restored version arrives without it).
  if (originalDoc?.board) return { ...data, board: typeof originalDoc.board === 'object' ? originalDoc.board.id : originalDoc.board }
  const settings = await req.payload.findGlobal({ slug: slugs.editorialSettings, depth: 0, req })
  const board = settings?.defaultBoard
  if (!board) return data
  return { ...data, board: typeof board === 'object' ? board.id : board }
}
