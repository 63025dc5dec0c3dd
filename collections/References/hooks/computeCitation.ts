import type { CollectionBeforeChangeHook } from 'payload'

import { formatCitation } from '@/domain/references/formatCitation'

const names = (rows: unknown): string[] =>
  Array.isArray(rows) ? rows.map((row) => (typeof row === 'string' ? row : String(row?.name ?? ''))).filter(Boolean) : []

/** The stored citation is always the one the formatter makes from the current fields. */
export const computeCitation: CollectionBeforeChangeHook = ({ data }) => ({
  ...data,
  citation: formatCitation({
    ...data,
    kind: data.kind,
    title: data.title ?? '',
    authors: names(data.authors),
    editors: names(data.editors),
    year: data.year ?? undefined,
    accessedAt: data.accessedAt ? String(data.accessedAt).slice(0, 10) : undefined,
  }),
})
