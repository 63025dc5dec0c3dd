import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { deliberationScope } from '@/domain/people/roles'

import { boardsSatOn } from './boardsSatOn'

type BoardValue = number | string | { id: number | string } | null | undefined

const boardId = (board: BoardValue): string | null =>
  board === null || board === undefined ? null : String(typeof board === 'object' ? board.id : board)

/**
 * Whether the signed-in person may read the deliberation of `board` (`mayReadDeliberation` in
 * `src/domain/people/roles.ts`, with the boards they sit on read from the database). A row without
 * a board is read by writers, managing editors and admins only.
 */
export const readsDeliberationOf = async (req: PayloadRequest, board: BoardValue): Promise<boolean> => {
  const scope = deliberationScope(req.user)
  if (scope !== 'own-boards') return scope === 'every-board'
  const id = boardId(board)
  return id !== null && (await boardsSatOn(req)).includes(id)
}

/**
 * Rows of a board's deliberation (review comments): writers, managing editors and admins read every
 * board's; other staff only those of the boards they sit on, by the row's `board`.
 */
export const deliberationReaders: Access = async ({ req }) => {
  const scope = deliberationScope(req.user)
  if (scope !== 'own-boards') return scope === 'every-board'
  const boards = await boardsSatOn(req)
  if (boards.length === 0) return false
  return { board: { in: boards } }
}

/**
 * A field holding a board's words (a review event's comment): read by whoever may read the
 * deliberation of the row's `board`. Without a row (a query filtering or sorting on the field) only
 * those who read every board's may use it, so nobody learns the words by filtering on them.
 */
export const deliberationField: FieldAccess = ({ req, doc }) =>
  doc ? readsDeliberationOf(req, doc.board as BoardValue) : deliberationScope(req.user) === 'every-board'

/**
 * A field read by all staff but holding words that `hideDeliberation` removes row by row (a review's
 * votes and note): only those who read every board's deliberation may filter or sort on it.
 */
export const redactedDeliberationField: FieldAccess = ({ req, doc }) => (doc ? true : deliberationScope(req.user) === 'every-board')
