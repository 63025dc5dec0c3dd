/**
 * Summaries with more sections than this are edited one section at a time; shorter ones keep every
 * section in the summary's own form. Payload's form does work per field that grows with the number of
 * fields in the form, so the whole-summary form stops being usable somewhere past this (the largest PDQ
 * summary, 259 sections, took over a minute to become editable): see bench/admin-edit.bench.ts.
 */
export const INLINE_SECTIONS_LIMIT = 40

export const editsSectionsInline = (sectionCount: number): boolean => sectionCount <= INLINE_SECTIONS_LIMIT
