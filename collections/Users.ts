import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField } from '@/access/adminsOnly'
import { adminsOrSelf } from '@/access/adminsOrSelf'
import { rolesChangeableBy } from '@/access/rolesChangeableBy'
import { isStaff, roleLabels, roles } from '@/domain/people/roles'
import { refuseDeactivatedSignIn, refuseDeletingAccount, trackDeactivation } from '@/hooks/accounts'
import { forgetFailuresOnUnlock, forgiveSignedIn, throttleLogin, tooManyAttemptsShape } from '@/auth/loginThrottle'
import { sessionCookiesSecure } from '@/config/sessionCookies'
import { resetPasswordEmailHTML } from '@/auth/resetPasswordEmail'
import { firstUserIsAdmin } from '@/hooks/firstUserIsAdmin'

import { optionsOf } from './shared/options'
import { slugs } from './slugs'

export const Users: CollectionConfig = {
  slug: slugs.users,
  // Failed sign-ins are limited per client and per account by the login throttle, not by Payload's
  // lock, which any anonymous client could set on any account (README, Security).
  // Reset requests are limited by the same throttle; Payload's own interval check writes outside
  // the request's transaction, which SQLite refuses while that transaction holds the write lock.
  auth: {
    maxLoginAttempts: 0,
    cookies: { secure: sessionCookiesSecure() },
    forgotPassword: { minRequestInterval: 0, generateEmailHTML: resetPasswordEmailHTML },
  },
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
    admin: ({ req }) => isStaff(req.user),
  },
  hooks: {
    beforeChange: [firstUserIsAdmin, trackDeactivation],
    beforeDelete: [refuseDeletingAccount],
    beforeLogin: [refuseDeactivatedSignIn],
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
      options: optionsOf(roles, roleLabels),
      saveToJWT: true,
      access: { create: rolesChangeableBy, update: rolesChangeableBy },
      admin: { description: 'Only an administrator can change roles, and never their own.' },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        position: 'sidebar',
        description: 'A deactivated person cannot sign in or act; what they did stays on record under their name.',
      },
    },
    {
      name: 'deactivatedAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Set when the account is deactivated.',
        condition: (data) => Boolean(data?.deactivatedAt),
      },
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
