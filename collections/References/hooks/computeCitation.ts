import type { CollectionBeforeChangeHook } from 'payload'

import { citedAsCitation, formatCitation } from '@/domain/references/formatCitation'

const names = (rows: unknown): string[] =>
  Array.isArray(rows) ? rows.map((row) => (typeof row === 'string' ? row : String(row?.name ?? ''))).filter(Boolean) : []

/** The stored citation is the text kept as PDQ cited it, or else the one the formatter makes from the current fields. */
export const computeCitation: CollectionBeforeChangeHook = ({ data }) => ({
  ...data,
  citation:
    citedAsCitation(data) ??
    formatCitation({
      ...data,
      kind: data.kind,
      title: data.title ?? '',
      authors: names(data.authors),
      editors: names(data.editors),
      year: data.year ?? undefined,
      accessedAt: data.accessedAt ? String(data.accessedAt).slice(0, 10) : undefined,
    }),
})
