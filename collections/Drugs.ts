import type { CollectionConfig } from 'payload'

import { approvalStatusLabels, approvalStatuses, drugRouteLabels, drugRoutes } from '@/domain/revisions/content'
import { slugField } from '@/fields/slugField'

import { draftPreviewUrl } from './shared/draftPreviewUrl'
import { optionsOf } from './shared/options'
import { reviewed } from './shared/reviewed'
import { slugs } from './slugs'

export const Drugs: CollectionConfig = reviewed({
  slug: slugs.drugs,
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'drugClass', 'route', '_status'],
    listSearchableFields: ['name', 'drugClass'],
    preview: draftPreviewUrl(slugs.drugs),
  },
  fields: [
    { name: 'name', label: 'Generic name', type: 'text', required: true, maxLength: 160 },
    slugField({ from: 'name' }),
    {
      name: 'brandNames',
      type: 'array',
      labels: { singular: 'Brand name', plural: 'Brand names' },
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 120 }],
    },
    { name: 'drugClass', type: 'text', required: true, maxLength: 200 },
    { name: 'mechanism', label: 'How it works', type: 'textarea', maxLength: 4000 },
    {
      name: 'route',
      type: 'select',
      options: optionsOf(drugRoutes, drugRouteLabels),
    },
    {
      name: 'approvals',
      type: 'array',
      fields: [
        { name: 'indication', type: 'text', required: true, maxLength: 500 },
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              required: true,
              options: optionsOf(approvalStatuses, approvalStatusLabels),
            },
            { name: 'authority', type: 'text', required: true, defaultValue: 'FDA', maxLength: 40 },
            { name: 'year', type: 'number', min: 1900, max: 2100 },
          ],
        },
      ],
    },
    {
      name: 'sideEffects',
      label: 'Common side effects',
      type: 'array',
      fields: [{ name: 'effect', type: 'text', required: true, maxLength: 200 }],
    },
    { name: 'references', type: 'relationship', relationTo: slugs.references, hasMany: true },
  ],
})
