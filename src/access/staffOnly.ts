import type { Access } from 'payload'

import { isStaff } from '@/domain/people/roles'

/** Signed-in Galley staff (any role). Anonymous visitors read the feed and the public site instead. */
export const staffOnly: Access = ({ req }) => isStaff(req.user)
