/**
 * Who takes part in the discussion of a document's review: those who may read the board's
 * deliberation (`mayReadDeliberation`, the one rule in `people/roles`) read and answer its threads.
 */
import type { Actor, Board, Refusal } from '../workflow/types'
import { mayReadDeliberation } from '../people/roles'
import { invalidInput, refuse } from '../workflow/decision'

type Args = { actor: Actor; board: Board }

export function refuseComment({ actor, board }: Args): Refusal | null {
  if (mayReadDeliberation(actor, board)) return null
  return refuse({
    status: 403,
    reason: 'not-board-member',
    message: 'Only members of this document’s editorial board, writers, editors and admins can comment on its review.',
  })
}

type ParentArgs = {
  /** The comment being answered, as stored; `null` when there is no comment with that id. */
  parent: { docKey: string } | null
  /** The document the reply is about. */
  docKey: string
}

/** A reply belongs to the same document as the comment it answers (replies to replies are fine). */
export function refuseParent({ parent, docKey }: ParentArgs): Refusal | null {
  if (parent !== null && parent.docKey === docKey) return null
  return invalidInput({ field: 'parentId', message: 'parentId must be the id of a comment on this document' })
}
