import type { FieldAccess } from 'payload'

import { hasRole } from '@/domain/people/roles'

/** Managing editors and admins (e.g. choosing which board reviews a document). */
export const editorsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
