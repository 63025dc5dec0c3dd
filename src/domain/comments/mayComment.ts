/**
 * Who takes part in the discussion of a document's review. Writers, managing editors and admins work
 * on every document, so they read and write every discussion; reviewers only their own board's.
 * Reading and writing go together: whoever may see a thread may answer it.
 */
import type { Actor, Board, Refusal, Role } from '../workflow/types'
import { invalidInput, refuse } from '../workflow/decision'

const CONTENT_STAFF: readonly Role[] = ['admin', 'editor', 'writer']

type Args = { actor: Actor; board: Board }

export function canReadComments({ actor, board }: Args): boolean {
  return actor.roles.some((role) => CONTENT_STAFF.includes(role)) || board.memberIds.includes(actor.id)
}

export function refuseComment({ actor, board }: Args): Refusal | null {
  if (canReadComments({ actor, board })) return null
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
