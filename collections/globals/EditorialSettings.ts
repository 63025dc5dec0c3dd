import type { GlobalConfig, PayloadRequest } from 'payload'

import { adminsOnly } from '@/access/adminsOnly'
import { staffOnly } from '@/access/staffOnly'

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
  ],
}
