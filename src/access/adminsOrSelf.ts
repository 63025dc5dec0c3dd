import type { Access } from 'payload'

import { hasRole } from '@/domain/people/roles'

/** Admins see and manage everyone; anyone else only their own account. */
export const adminsOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
