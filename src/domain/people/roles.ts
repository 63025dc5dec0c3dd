/**
 * Who may do what: every rule about roles and board membership, in one place. The review workflow's
 * guards, the comment rules, the access functions and the endpoints all ask these.
 */
import { z } from 'zod'

/** Stored values: 'editor' is the managing editor (the value is kept as it is in the data). */
export const roles = ['admin', 'editor', 'writer', 'reviewer'] as const
export const roleSchema = z.enum(roles)
export type Role = z.infer<typeof roleSchema>

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  editor: 'Managing editor',
  writer: 'Writer',
  reviewer: 'Reviewer',
}

/** The least a signed-in person carries: who they are and what they may do. */
export type Person = { id: string | number; roles?: readonly string[] | null; active?: boolean | null }

/** A board as these rules see it: who sits on it. */
export type BoardMembers = { memberIds: readonly string[] }

type MaybePerson = Person | null | undefined

/** A deactivated person keeps their roles on record but holds none of them. */
export const hasRole = (person: MaybePerson, ...wanted: Role[]): boolean =>
  person?.active !== false && Boolean(person?.roles?.some((role) => (wanted as string[]).includes(role)))

/** Staff are signed-in people with at least one Galley role. */
export const isStaff = (person: MaybePerson): boolean => hasRole(person, 'admin', 'editor', 'writer', 'reviewer')

export const isAdmin = (person: MaybePerson): boolean => hasRole(person, 'admin')

/** Writers, managing editors and admins change content and submit it; reviewers only vote and comment. */
export const canWriteContent = (person: MaybePerson): boolean => hasRole(person, 'admin', 'editor', 'writer')

/**
 * Managing editors and admins: publish approved changes, choose which board reviews a document,
 * withdraw anyone's change.
 */
export const isManagingEditorOrAdmin = (person: MaybePerson): boolean => hasRole(person, 'admin', 'editor')

export const canPublish = isManagingEditorOrAdmin

/** Admins manage users, boards and the editorial settings. */
export const canManageBoards = isAdmin

export const sitsOnBoard = (person: MaybePerson, board: BoardMembers): boolean =>
  Boolean(person) && board.memberIds.includes(String(person?.id))

/** Only members of the document's board vote on it (the four-eyes rules come on top). */
export const mayVote = sitsOnBoard

/**
 * Board confidentiality. A board's deliberation on a document — the votes' comments, the submission
 * and withdrawal notes, the review events' comments and the threaded comments — is read by the
 * board's members and by writers, managing editors and admins (who work on every document).
 * Reviewers of other boards see the review's state and counts, its audit trail's steps (who did
 * what, when, from which state to which), but none of those words. Whoever reads a discussion may
 * take part in it.
 */
export const mayReadDeliberation = (person: MaybePerson, board: BoardMembers): boolean =>
  canWriteContent(person) || (isStaff(person) && sitsOnBoard(person, board))

/**
 * The same rule for lists (row-level access): 'every-board' for writers, managing editors and admins,
 * 'own-boards' for other staff (the boards they sit on), 'none' for anyone else.
 */
export const deliberationScope = (person: MaybePerson): 'every-board' | 'own-boards' | 'none' => {
  if (canWriteContent(person)) return 'every-board'
  return isStaff(person) ? 'own-boards' : 'none'
}
