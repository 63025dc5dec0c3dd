import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeLoginHook, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import { actedProblem, inactiveProblem, lastAdminProblem } from '@/domain/people/accounts'
import { hasRole } from '@/domain/people/roles'

type Account = {
  id: string | number
  name?: string | null
  roles?: string[] | null
  active?: boolean | null
  deactivatedAt?: string | null
}

const otherActiveAdmins = async (req: PayloadRequest, id: string | number): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { roles: { in: ['admin'] }, active: { equals: true }, id: { not_equals: id } },
    req,
    overrideAccess: true,
  })
  return totalDocs
}

/** A deactivated person cannot sign in (checked once the password is right, so it reveals nothing). */
export const refuseDeactivatedSignIn: CollectionBeforeLoginHook = ({ user }) => {
  const problem = inactiveProblem(user as Account)
  if (problem) throw new APIError(problem, 401, undefined, true)
  return user
}

/**
 * Deactivating an account stamps `deactivatedAt` and ends its sessions (its tokens stop working at
 * once); reactivating clears it. Deactivating or demoting the last active administrator is refused.
 */
export const trackDeactivation: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) {
    const active = data.active !== false
    return { ...data, active, deactivatedAt: active ? null : new Date().toISOString() }
  }
  const before = originalDoc as Account
  const wasActive = before.active !== false
  const willBeActive = data.active === undefined ? wasActive : data.active !== false
  const willBeAdmin = data.roles === undefined ? hasRole(before, 'admin') : hasRole({ id: before.id, roles: data.roles }, 'admin')
  if (wasActive && hasRole(before, 'admin') && (!willBeActive || !willBeAdmin)) {
    const change = !willBeActive ? 'deactivate' : 'demote'
    const problem = lastAdminProblem({
      change: { type: change },
      isActiveAdmin: true,
      otherActiveAdmins: await otherActiveAdmins(req, before.id),
    })
    if (problem && change === 'demote')
      throw new ValidationError({ collection: 'users', errors: [{ path: 'roles', message: problem }], req })
    if (problem) throw new APIError(problem, 409, undefined, true)
  }
  if (!willBeActive)
    return { ...data, deactivatedAt: wasActive ? new Date().toISOString() : before.deactivatedAt, ...(wasActive ? { sessions: [] } : {}) }
  return { ...data, deactivatedAt: null }
}

/** How many things this person did that the record keeps: review events, comments. */
const recordedActions = async (req: PayloadRequest, id: string | number): Promise<number> => {
  const [events, comments] = await Promise.all([
    req.payload.count({
      collection: 'review-events',
      where: { or: [{ actor: { equals: id } }, { 'actedAs.userId': { equals: String(id) } }] },
      req,
      overrideAccess: true,
    }),
    req.payload.count({ collection: 'review-comments', where: { author: { equals: id } }, req, overrideAccess: true }),
  ])
  return events.totalDocs + comments.totalDocs
}

/**
 * An account is deleted only if its owner never acted (they are deactivated instead) and it is not
 * the last active administrator.
 */
export const refuseDeletingAccount: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const account = (await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true })) as Account
  const lastAdmin = lastAdminProblem({
    change: { type: 'delete' },
    isActiveAdmin: account.active !== false && hasRole(account, 'admin'),
    otherActiveAdmins: await otherActiveAdmins(req, id),
  })
  const acted = actedProblem({ name: account.name ?? `User ${id}`, actions: await recordedActions(req, id) })
  const problem = lastAdmin ?? acted
  if (problem) throw new APIError(problem, 409, undefined, true)
}
