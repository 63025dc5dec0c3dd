import type { PinResolver } from '../resolvePins'

import { z } from 'zod'

import { pinOf } from '../pin'
import { orNull } from '../readDoc'
import { enumOf, optionalTextSchema, textSchema } from './fields'

export const modalities = ['surgery', 'radiation', 'chemotherapy', 'targeted-therapy', 'immunotherapy', 'other'] as const
export const modalityLabels: Record<(typeof modalities)[number], string> = {
  surgery: 'Surgery',
  radiation: 'Radiation therapy',
  chemotherapy: 'Chemotherapy',
  'targeted-therapy': 'Targeted therapy',
  immunotherapy: 'Immunotherapy',
  other: 'Other',
}

export const treatmentContentSchema = z
  .strictObject({
    name: textSchema,
    modality: enumOf(modalities),
    description: optionalTextSchema,
    drugs: z.array(pinOf('drugs')).describe('Drugs used'),
  })
  .meta({ id: 'TreatmentContent', title: 'Treatment' })

export type TreatmentContent = z.infer<typeof treatmentContentSchema>

type Args = { doc: Record<string, unknown>; pins: PinResolver }

export const treatmentContent = ({ doc, pins }: Args): Record<string, unknown> => ({
  name: doc.name,
  modality: doc.modality,
  description: orNull(doc.description),
  drugs: pins.many('drugs', doc.drugs, 'content.drugs'),
})
