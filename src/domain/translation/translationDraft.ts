import type { Refusal } from '../errors'

import { refusal } from '../errors'

/** The fields of a summary a translation starts from (relationships as ids). */
export type SummarySource = {
  id: string | number
  title: string
  slug: string
  language: string
  audience: string
  summaryType: string
  cancerType: string
  description?: string | null
  board?: unknown
  sections?: readonly Record<string, unknown>[] | null
  relatedStages?: unknown
  relatedTreatments?: unknown
  relatedDrugs?: unknown
  patientVersionOf?: unknown
}

/** A row of an array field without its row id: the copy's rows get ids of their own. */
const withoutRowIds = (rows: readonly Record<string, unknown>[] | null | undefined): Record<string, unknown>[] =>
  (rows ?? []).map(({ id: _id, ...row }) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) =>
        Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item) && 'id' in item)
          ? [key, withoutRowIds(value as Record<string, unknown>[])]
          : [key, value],
      ),
    ),
  )

/** A relationship as ids, whether it was read populated or not. */
const idOf = (value: unknown): unknown => (value !== null && typeof value === 'object' ? (value as { id: unknown }).id : value)
const idsOf = (value: unknown): unknown => (Array.isArray(value) ? value.map(idOf) : idOf(value ?? null))

/**
 * The Spanish draft that "Create Spanish translation" starts from: the English summary's structure and
 * text, to be translated section by section, linked to its source by `translationOf`, under the same
 * board. Refused, with the reason, for a summary that is not English or that already has a translation.
 */
export const translationDraft = ({
  source,
  existing,
  takenSlugs,
}: {
  source: SummarySource
  /** The summary already linked to the source as its translation, if any. */
  existing: { id: string | number; title: string } | null
  /** Slugs in use, so the draft's own is new. */
  takenSlugs: ReadonlySet<string>
}): Record<string, unknown> | Refusal => {
  if (source.language !== 'en') {
    return refusal({
      status: 409,
      field: 'language',
      message: `This summary is not in English (language "${source.language}"): translations are made from the English summary.`,
    })
  }
  if (existing) {
    return refusal({
      status: 409,
      message: `This summary already has a Spanish translation: “${existing.title}” (id ${existing.id}). Edit that one instead.`,
    })
  }
  const base = `${source.slug.slice(0, 110).replace(/-+$/, '')}-es`
  let slug = base
  for (let n = 2; takenSlugs.has(slug); n++) slug = `${base}-${n}`
  return {
    title: source.title,
    slug,
    language: 'es',
    audience: source.audience,
    summaryType: source.summaryType,
    cancerType: source.cancerType,
    description: source.description ?? null,
    board: idsOf(source.board),
    translationOf: source.id,
    patientVersionOf: null,
    relatedStages: idsOf(source.relatedStages),
    relatedTreatments: idsOf(source.relatedTreatments),
    relatedDrugs: idsOf(source.relatedDrugs),
    sections: withoutRowIds(source.sections),
  }
}
