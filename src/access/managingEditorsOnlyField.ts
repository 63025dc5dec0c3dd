import type { FieldAccess } from 'payload'

import { isManagingEditorOrAdmin } from '@/domain/people/roles'

/** Managing editors and admins (e.g. choosing which board reviews a document). */
export const managingEditorsOnlyField: FieldAccess = ({ req }) => isManagingEditorOrAdmin(req.user)
