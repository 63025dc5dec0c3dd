import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slugField'

import { reviewed } from './shared/reviewed'
import { slugs } from './slugs'

export const modalities = [
  { value: 'surgery', label: 'Surgery' },
  { value: 'radiation', label: 'Radiation therapy' },
  { value: 'chemotherapy', label: 'Chemotherapy' },
  { value: 'targeted-therapy', label: 'Targeted therapy' },
  { value: 'immunotherapy', label: 'Immunotherapy' },
  { value: 'other', label: 'Other' },
]

export const Treatments: CollectionConfig = reviewed({
  slug: slugs.treatments,
  defaultSort: 'name',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'modality', '_status'] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    slugField({ from: 'name' }),
    { name: 'modality', type: 'select', required: true, options: modalities },
    { name: 'description', type: 'textarea', maxLength: 4000 },
    { name: 'drugs', label: 'Drugs used', type: 'relationship', relationTo: slugs.drugs, hasMany: true },
  ],
})
