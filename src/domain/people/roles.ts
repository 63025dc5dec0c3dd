import { z } from 'zod'

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

/** A deactivated person keeps their roles on record but holds none of them. */
export const hasRole = (person: Person | null | undefined, ...wanted: Role[]): boolean =>
  person?.active !== false && Boolean(person?.roles?.some((role) => (wanted as string[]).includes(role)))

/** Staff are signed-in people with at least one Galley role. */
export const isStaff = (person: Person | null | undefined): boolean => hasRole(person, 'admin', 'editor', 'writer', 'reviewer')

/** Writers, managing editors and admins change content; reviewers only vote and comment. */
export const canWriteContent = (person: Person | null | undefined): boolean => hasRole(person, 'admin', 'editor', 'writer')

export const canManageBoards = (person: Person | null | undefined): boolean => hasRole(person, 'admin')
