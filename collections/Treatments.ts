import type { CollectionConfig } from 'payload'

import { modalities, modalityLabels } from '@/domain/revisions/content'
import { slugField } from '@/fields/slugField'

import { optionsOf } from './shared/options'
import { reviewed } from './shared/reviewed'
import { slugs } from './slugs'

export const Treatments: CollectionConfig = reviewed({
  slug: slugs.treatments,
  defaultSort: 'name',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'modality', '_status'] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slugField({ from: 'name' }),
    { name: 'modality', type: 'select', required: true, options: optionsOf(modalities, modalityLabels) },
    { name: 'description', type: 'textarea', maxLength: 4000 },
    { name: 'drugs', label: 'Drugs used', type: 'relationship', relationTo: slugs.drugs, hasMany: true },
  ],
})
