import type { GlobalConfig, PayloadRequest } from 'payload'

import { adminsOnly, adminsOnlyField } from '@/access/adminsOnly'
import { staffOnly } from '@/access/staffOnly'
import { DEFAULT_REFERENCE_REVIEW_YEARS } from '@/domain/dashboard/reviewHealth'
import { validateAllowedHosts } from '@/webhooks/validateAllowedHosts'

import { slugs } from '../slugs'

export const EditorialSettings: GlobalConfig = {
  slug: slugs.editorialSettings,
  label: 'Editorial settings',
  admin: { group: 'People' },
  access: { read: staffOnly, update: adminsOnly },
  fields: [
    {
      name: 'defaultBoard',
      type: 'relationship',
      relationTo: slugs.boards,
      // A board that does not exist is a 400 naming the field, not a foreign-key failure.
      validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
        if (value === null || value === undefined) return true
        const id = typeof value === 'object' ? (value as { id: unknown }).id : value
        const board = await req.payload.findByID({
          collection: 'boards',
          id: id as number,
          depth: 0,
          req,
          disableErrors: true,
          overrideAccess: true,
        })
        return board ? true : `defaultBoard: there is no board with id ${String(id)}`
      },
      admin: { description: 'The board that reviews new documents unless an editor chooses another.' },
    },
    {
      name: 'referenceReviewWindowYears',
      label: 'Reference review window (years)',
      type: 'number',
      defaultValue: DEFAULT_REFERENCE_REVIEW_YEARS,
      min: 1,
      max: 20,
      // Left out of a change, it keeps its value (unset: the default of 3 years).
      validate: (value: unknown) =>
        value === null || value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 20)
          ? true
          : 'referenceReviewWindowYears must be a whole number of years from 1 to 20',
      admin: {
        step: 1,
        description: 'A reference not reviewed within this many years is listed as due on the dashboard.',
      },
    },
    {
      name: 'webhookAllowedHosts',
      label: 'Webhook allowed hosts',
      type: 'text',
      hasMany: true,
      maxRows: 50,
      validate: validateAllowedHosts,
      access: { read: adminsOnlyField, create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        description:
          'Webhooks are never sent to this machine, private networks, link-local addresses or cloud metadata services. A host named here (e.g. partner.internal or 10.0.0.5) is allowed anyway. Admins only.',
      },
    },
  ],
}
