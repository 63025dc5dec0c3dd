import type { CollectionBeforeChangeHook } from 'payload'
import { slugs } from '@collections/slugs'

/** A document without a board goes to the board an admin chose in Editorial settings. */
export const assignDefaultBoard: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data?.board || originalDoc?.board) return data
  const settings = await req.payload.findGlobal({ slug: slugs.editorialSettings, depth: 0, req })
  const board = settings?.defaultBoard
  if (!board) return data
  return { ...data, board: typeof board === 'object' ? board.id : board }
}
