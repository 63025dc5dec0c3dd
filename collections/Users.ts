import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/adminsOnly'
import { adminsOrSelf } from '@/access/adminsOrSelf'
import { rolesChangeableBy } from '@/access/rolesChangeableBy'
import { forgetFailuresOnUnlock, forgiveSignedIn, throttleLogin, tooManyAttemptsShape } from '@/auth/loginThrottle'
import { sessionCookiesSecure } from '@/config/sessionCookies'
import { roleLabels, roles } from '@/domain/people/roles'
import { firstUserIsAdmin } from '@/hooks/firstUserIsAdmin'

import { slugs } from './slugs'

export const Users: CollectionConfig = {
  slug: slugs.users,
  // Failed sign-ins are limited per client and per account by the login throttle, not by Payload's
  // lock, which any anonymous client could set on any account (README, Security).
  // Reset requests are limited by the same throttle; Payload's own interval check writes outside
  // the request's transaction, which SQLite refuses while that transaction holds the write lock.
  auth: { maxLoginAttempts: 0, cookies: { secure: sessionCookiesSecure() }, forgotPassword: { minRequestInterval: 0 } },
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
    unlock: adminsOnly,
    admin: ({ req }) => Boolean(req.user?.roles?.length),
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [throttleLogin],
    afterLogin: [forgiveSignedIn],
    afterOperation: [forgetFailuresOnUnlock],
    afterError: [tooManyAttemptsShape],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
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
