import type { PdqSummary } from '../types'

import { summaryFromPdq } from './fromPdq'
import { pdqFromSummary } from './toPdq'

/**
 * How PostgreSQL's jsonb gives stored JSON back: object keys sorted by length, then bytewise. The
 * mapping must not depend on key order, so the round trip is checked through this.
 */
export const asJsonb = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(asJsonb)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, child]) => [key, asJsonb(child)]),
  )
}

/**
 * A PDQ summary taken into Galley's fields, stored (as jsonb would give it back) and exported again,
 * with each citation's reference found by its key: what the import followed by the export does, without
 * the database.
 */
export const throughGalley = (doc: PdqSummary, file: string): PdqSummary => {
  const { summary, citations } = summaryFromPdq(doc, { file })
  const byKey = new Map(citations.map((citation) => [citation.key, { pmid: citation.pmid, text: citation.text }]))
  return pdqFromSummary(asJsonb(JSON.parse(JSON.stringify(summary))) as typeof summary, (id) => byKey.get(id))
}
