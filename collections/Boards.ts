import type { CollectionConfig } from 'payload'

import { adminsOnly } from '@/access/adminsOnly'
import { staffOnly } from '@/access/staffOnly'
import { boardQuorumWithinMembers } from '@/hooks/boardQuorumWithinMembers'
import { cdrIdSchema } from '@/domain/pdq/galley/schema'
import { slugField } from '@/fields/slugField'
import { zodValidate } from '@/fields/zodValidate'

import { slugs } from './slugs'

export const Boards: CollectionConfig = {
  slug: slugs.boards,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'quorum', 'autoPublish'],
    group: 'People',
    description: 'Editorial boards review every change to the documents they are responsible for.',
  },
  access: {
    read: staffOnly,
    create: adminsOnly,
    update: adminsOnly,
    delete: adminsOnly,
  },
  hooks: {
    beforeValidate: [boardQuorumWithinMembers],
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 160 },
    slugField({ from: 'name' }),
    { name: 'description', type: 'textarea', maxLength: 2000 },
    {
      name: 'cdrId',
      label: 'PDQ board id',
      type: 'text',
      unique: true,
      index: true,
      validate: zodValidate(cdrIdSchema),
      admin: { description: 'The CDR id of the PDQ editorial board (CDR0000028327), set when the board came with a PDQ import.' },
    },
    {
      name: 'members',
      type: 'relationship',
      relationTo: slugs.users,
      hasMany: true,
      admin: { description: 'Reviewers who vote on this board’s changes.' },
    },
    {
      name: 'quorum',
      type: 'number',
      required: true,
      defaultValue: 2,
      min: 1,
      admin: { description: 'Approvals needed (with no open request for changes) before a change is approved.' },
    },
    {
      name: 'autoPublish',
      type: 'checkbox',
      defaultValue: false,
      label: 'Publish automatically when quorum is reached',
    },
  ],
}
