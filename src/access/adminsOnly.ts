import type { Access, FieldAccess } from 'payload'

import { hasRole } from '@/domain/people/roles'

export const adminsOnly: Access = ({ req }) => hasRole(req.user, 'admin')

export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
