import type { CollectionConfig } from 'payload'

import { gradeLabels, grades, metastases, metastasisLabels, nodeSpreadLabels, nodeSpreads } from '@/domain/staging/criteria'
import { stageCodes, stagingSystemLabels, stagingSystems } from '@/domain/staging/systems'

import { optionsOf } from '../shared/options'
import { reviewed } from '../shared/reviewed'
import { slugs } from '../slugs'
import { nameStage } from './hooks/nameStage'
import { refuseOverlappingStages } from './hooks/refuseOverlappingStages'

export const Stages: CollectionConfig = reviewed({
  slug: slugs.stages,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'system', 'code', '_status'] },
  hooks: { beforeValidate: [nameStage], beforeChange: [refuseOverlappingStages] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'system',
          label: 'Staging system',
          type: 'select',
          required: true,
          options: optionsOf(stagingSystems, stagingSystemLabels),
        },
        { name: 'code', type: 'select', required: true, options: stageCodes.map((value) => ({ value, label: value })) },
      ],
    },
    { name: 'title', type: 'text', admin: { readOnly: true, description: 'Made from the system and code.' } },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'description',
      label: 'Plain-language description',
      type: 'textarea',
      required: true,
      maxLength: 2000,
    },
    {
      name: 'criteria',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Criteria (one of these is found)', plural: 'Criteria' },
      admin: {
        description: 'Each row is one way a tumor can be in this stage. Rows of different stages in the same system must not overlap.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'sizeMinCm',
              label: 'Larger than (cm)',
              type: 'number',
              min: 0,
              admin: { description: 'Empty: any size from 0' },
            },
            {
              name: 'sizeMaxCm',
              label: 'At most (cm)',
              type: 'number',
              min: 0,
              admin: { description: 'Empty: no upper limit' },
            },
          ],
        },
        { name: 'grades', type: 'select', hasMany: true, required: true, options: optionsOf(grades, gradeLabels) },
        {
          type: 'row',
          fields: [
            {
              name: 'nodes',
              label: 'Lymph-node spread',
              type: 'select',
              required: true,
              defaultValue: 'N0',
              options: optionsOf(nodeSpreads, nodeSpreadLabels),
            },
            {
              name: 'metastasis',
              label: 'Distant metastasis',
              type: 'select',
              required: true,
              defaultValue: 'M0',
              options: optionsOf(metastases, metastasisLabels),
            },
          ],
        },
      ],
    },
    {
      name: 'treatmentOptions',
      type: 'array',
      fields: [
        { name: 'treatment', type: 'relationship', relationTo: slugs.treatments, required: true },
        { name: 'note', type: 'text', maxLength: 300, admin: { description: 'e.g. "before or after surgery"' } },
      ],
    },
  ],
})
