import type { Access } from 'payload'

import { canWriteContent } from '@/domain/people/roles'

/** Writers, managing editors and admins. */
export const contentWriters: Access = ({ req }) => canWriteContent(req.user)
