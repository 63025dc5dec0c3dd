/**
 * Rules for accounts: people who took part in reviews are deactivated, never deleted, so the record
 * keeps who did what; and Galley always keeps at least one active administrator.
 */

export type AccountChange = { type: 'delete' } | { type: 'deactivate' } | { type: 'demote' }

type LastAdminArgs = {
  change: AccountChange
  /** Whether the account is an active administrator now. */
  isActiveAdmin: boolean
  /** Active administrators other than this account. */
  otherActiveAdmins: number
}

/** Why the change would leave Galley without an active administrator, or null when it would not. */
export const lastAdminProblem = ({ change, isActiveAdmin, otherActiveAdmins }: LastAdminArgs): string | null => {
  if (!isActiveAdmin || otherActiveAdmins > 0) return null
  const verb = { delete: 'deleted', deactivate: 'deactivated', demote: 'removed from the administrator role' }[change.type]
  return `This is the last active administrator, so the account cannot be ${verb}: make another account an administrator first.`
}

/** Why an account cannot be deleted because of what its owner did, or null when it may be. */
export const actedProblem = ({ name, actions }: { name: string; actions: number }): string | null => {
  if (actions === 0) return null
  return `${name} has taken part in reviews (${actions} recorded ${actions === 1 ? 'action' : 'actions'}), so the account cannot be deleted: the record must keep who did what. Deactivate it instead (untick Active): a deactivated person cannot sign in or act.`
}

/** Why a person cannot sign in or act, or null when they can. */
export const inactiveProblem = (person: { active?: boolean | null } | null | undefined): string | null =>
  person && person.active === false
    ? 'This account has been deactivated by an administrator: it can no longer sign in or take part in reviews. Ask an administrator to reactivate it.'
    : null
