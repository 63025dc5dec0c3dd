import type { FieldAccess } from 'payload'

import { hasRole } from '@/domain/people/roles'

/** Only an admin changes roles, and never their own (no one promotes or demotes themselves). */
export const rolesChangeableBy: FieldAccess = ({ req, id }) =>
  hasRole(req.user, 'admin') && (id === undefined || String(req.user?.id) !== String(id))
