import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/adminsOnly'
import { adminsOrSelf } from '@/access/adminsOrSelf'
import { rolesChangeableBy } from '@/access/rolesChangeableBy'
import { isStaff, roleLabels, roles } from '@/domain/people/roles'
import { firstUserIsAdmin } from '@/hooks/firstUserIsAdmin'

import { optionsOf } from './shared/options'
import { slugs } from './slugs'

export const Users: CollectionConfig = {
  slug: slugs.users,
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: 'People',
  },
  access: {
    read: adminsOrSelf,
    create: adminsOnly,
    update: adminsOrSelf,
    delete: adminsOnly,
    admin: ({ req }) => isStaff(req.user),
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      options: optionsOf(roles, roleLabels),
      saveToJWT: true,
      access: { create: rolesChangeableBy, update: rolesChangeableBy },
      admin: { description: 'Only an administrator can change roles, and never their own.' },
    },
    {
      name: 'boards',
      type: 'join',
      collection: slugs.boards,
      on: 'members',
      admin: { description: 'Editorial boards this person sits on (managed on the board).' },
    },
  ],
}
