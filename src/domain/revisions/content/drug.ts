import type { PinResolver } from '../resolvePins'

import { z } from 'zod'

import { pinOf } from '../pin'
import { orNull, rows, rowTexts } from '../readDoc'
import { isPlainObject } from '../../richtext/lexicalState'
import { enumOf, optionalTextSchema, textSchema } from './fields'

export const drugRoutes = ['oral', 'intravenous', 'subcutaneous', 'intramuscular', 'topical', 'other'] as const
/** How a drug is given, in the words of the admin and the public site. */
export const drugRouteLabels: Record<(typeof drugRoutes)[number], string> = {
  oral: 'By mouth',
  intravenous: 'Into a vein (intravenous)',
  subcutaneous: 'Under the skin (subcutaneous)',
  intramuscular: 'Into a muscle',
  topical: 'On the skin',
  other: 'Other',
}

export const approvalStatuses = ['approved', 'not-approved', 'clinical-trials'] as const
export const approvalStatusLabels: Record<(typeof approvalStatuses)[number], string> = {
  approved: 'Approved',
  'not-approved': 'Not approved for this cancer',
  'clinical-trials': 'In clinical trials',
}

export const drugContentSchema = z
  .strictObject({
    name: textSchema.describe('Generic name as written in running text, e.g. "pazopanib"'),
    brandNames: z.array(textSchema),
    drugClass: textSchema,
    mechanism: optionalTextSchema.describe('How it works, in plain language'),
    route: enumOf(drugRoutes).nullable(),
    approvals: z.array(
      z.strictObject({
        indication: textSchema,
        status: enumOf(approvalStatuses),
        authority: textSchema.describe('e.g. FDA'),
        year: z.int().min(1900).max(2100).nullable(),
      }),
    ),
    sideEffects: z.array(textSchema).describe('Common side effects'),
    references: z.array(pinOf('references')),
  })
  .meta({ id: 'DrugContent', title: 'Drug' })

export type DrugContent = z.infer<typeof drugContentSchema>

type Args = { doc: Record<string, unknown>; pins: PinResolver }

export const drugContent = ({ doc, pins }: Args): Record<string, unknown> => ({
  name: doc.name,
  brandNames: rowTexts(doc.brandNames, 'name'),
  drugClass: doc.drugClass,
  mechanism: orNull(doc.mechanism),
  route: orNull(doc.route),
  approvals: rows(doc.approvals).map((row) =>
    isPlainObject(row) ? { indication: row.indication, status: row.status, authority: row.authority, year: orNull(row.year) } : row,
  ),
  sideEffects: rowTexts(doc.sideEffects, 'effect'),
  references: pins.many('references', doc.references, 'content.references'),
})
