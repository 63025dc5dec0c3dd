import type { GlobalConfig } from 'payload'

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
      admin: { description: 'The board that reviews new documents unless an editor chooses another.' },
    },
  ],
}
