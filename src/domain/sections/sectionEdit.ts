/**
 * Editing a long summary one section at a time. A summary's sections live in the summary (one document,
 * one review, one revision); a writer opens one section in a form of its own (a "section edit"), and
 * saving it writes that section back into the summary's draft. These are the rules for that write-back:
 * framework-free, so the glue in Payload stays thin.
 */
import { createHash } from 'node:crypto'

import type { Refusal } from '@/domain/errors'

import { refusal } from '@/domain/errors'

/** A section as stored in a summary: its row id and the fields a writer edits. */
export type SectionRow = {
  id?: string | null
  title?: string | null
  level?: number | null
  pdqId?: string | null
  sectionType?: string | null
  keyPoints?: { id?: string | null; text?: string | null }[] | null
  body?: unknown
  pdq?: unknown
}

/** The fields of a section a section edit carries (everything but the row id). */
export const sectionContentOf = (section: SectionRow) => ({
  title: section.title ?? null,
  level: section.level ?? 1,
  pdqId: section.pdqId ?? null,
  sectionType: section.sectionType ?? 'other',
  keyPoints: (section.keyPoints ?? []).map((point) => ({ text: point.text ?? '' })),
  body: section.body ?? null,
  pdq: section.pdq ?? null,
})

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => key !== 'id' && (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

/**
 * A fingerprint of a section's content (row ids left out): a section edit remembers the one it was
 * opened from, and its save is refused when the summary's section has changed since.
 */
export const sectionFingerprint = (section: SectionRow): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical(sectionContentOf(section))))
    .digest('hex')
    .slice(0, 32)

export type SectionEdit = {
  sectionId: string
  /** Set when the edit adds a new section after the one with this id. */
  insertAfter?: string | null
  /** The fingerprint of the section when the edit was opened; null for a new section. */
  baseFingerprint?: string | null
  content: ReturnType<typeof sectionContentOf>
}

/**
 * The summary's sections with the edit applied: the section replaced in place (keeping its row id), or a
 * new section inserted after `insertAfter`. Refused when the section was changed or removed by someone
 * else since the edit was opened, or the section to insert after is gone.
 */
export const applySectionEdit = (sections: SectionRow[], edit: SectionEdit): SectionRow[] | Refusal => {
  const at = sections.findIndex((section) => section.id === edit.sectionId)
  if (at >= 0) {
    if (edit.baseFingerprint && sectionFingerprint(sections[at]) !== edit.baseFingerprint) {
      return refusal({
        status: 409,
        reason: 'section-changed',
        message:
          'This section was changed in the summary since you opened it (someone else saved it). Copy your text, reopen the section from the summary’s outline and apply your change again.',
      })
    }
    const next = [...sections]
    next[at] = { id: edit.sectionId, ...edit.content }
    return next
  }
  if (edit.baseFingerprint) {
    return refusal({
      status: 409,
      reason: 'section-removed',
      message: 'This section was removed from the summary since you opened it. Reopen the summary to see its sections.',
    })
  }
  const after = sections.findIndex((section) => section.id === edit.insertAfter)
  if (!edit.insertAfter || after < 0) {
    return refusal({
      status: 409,
      reason: 'anchor-removed',
      message: 'The section this new section was to follow is no longer in the summary. Add the section again from the summary’s outline.',
    })
  }
  return [...sections.slice(0, after + 1), { id: edit.sectionId, ...edit.content }, ...sections.slice(after + 1)]
}

/** The summary's sections without one; a summary keeps at least one section. */
export const removeSection = (sections: SectionRow[], sectionId: string): SectionRow[] | Refusal => {
  if (!sections.some((section) => section.id === sectionId)) {
    return refusal({
      status: 404,
      reason: 'no-section',
      message: `The summary has no section with id ${sectionId}: it may have been removed already.`,
    })
  }
  if (sections.length === 1) {
    return refusal({ status: 409, reason: 'last-section', message: 'A summary needs at least one section: this is its last one.' })
  }
  return sections.filter((section) => section.id !== sectionId)
}
