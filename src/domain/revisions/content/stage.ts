import type { PinResolver } from '../resolvePins'

import { z } from 'zod'

import { grades, metastases, nodeSpreads } from '../../staging/criteria'
import { stageCodes, stagingSystems } from '../../staging/systems'
import { isPlainObject } from '../../richtext/lexicalState'
import { pinOf } from '../pin'
import { orNull, rows } from '../readDoc'
import { enumOf, optionalTextSchema, textSchema } from './fields'

const sizeSchema = z.number().min(0).nullable()

export const stageContentSchema = z
  .strictObject({
    system: enumOf(stagingSystems),
    code: enumOf(stageCodes),
    title: textSchema.describe('e.g. "Stage IIIA (trunk, arms and legs)"'),
    description: textSchema.describe('Plain-language description'),
    criteria: z
      .array(
        z.strictObject({
          sizeMinCm: sizeSchema.describe('Tumor larger than this many cm; null: any size from 0'),
          sizeMaxCm: sizeSchema.describe('Tumor at most this many cm; null: no upper limit'),
          grades: z.array(enumOf(grades)).min(1),
          nodes: enumOf(nodeSpreads),
          metastasis: enumOf(metastases),
        }),
      )
      .min(1)
      .describe('Alternatives: the stage applies when one of them is found'),
    treatmentOptions: z.array(
      z.strictObject({ treatment: pinOf('treatments'), note: optionalTextSchema.describe('e.g. "before or after surgery"') }),
    ),
  })
  .meta({ id: 'StageContent', title: 'Stage' })

export type StageContent = z.infer<typeof stageContentSchema>

type Args = { doc: Record<string, unknown>; pins: PinResolver }

export const stageContent = ({ doc, pins }: Args): Record<string, unknown> => ({
  system: doc.system,
  code: doc.code,
  title: doc.title,
  description: doc.description,
  criteria: rows(doc.criteria).map((row) =>
    isPlainObject(row)
      ? {
          sizeMinCm: orNull(row.sizeMinCm),
          sizeMaxCm: orNull(row.sizeMaxCm),
          grades: rows(row.grades),
          nodes: row.nodes,
          metastasis: row.metastasis,
        }
      : row,
  ),
  treatmentOptions: rows(doc.treatmentOptions).flatMap((row, index) => {
    if (!isPlainObject(row)) return [row]
    const treatment = pins.one('treatments', row.treatment, `content.treatmentOptions.${index}.treatment`)
    return treatment ? [{ treatment, note: orNull(row.note) }] : []
  }),
})
