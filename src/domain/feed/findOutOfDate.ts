import type { Pin } from '../revisions/pin'
import type { Revision } from '../revisions/revisionSchema'

import { z } from 'zod'

import { revisionTypeSchema } from '../revisions/revisionTypes'
import { slugSchema } from '../text/slug'

const versionRefSchema = z.strictObject({ type: revisionTypeSchema, slug: slugSchema, version: z.int().min(1) })

export const outOfDateSchema = z
  .strictObject({
    relation: z.enum(['translationOf', 'patientVersionOf']),
    basedOn: versionRefSchema.describe('The source version this document was published from'),
    because: versionRefSchema.describe('The newer source version it has not caught up with'),
  })
  .meta({ id: 'OutOfDate', title: 'Out of date' })
  .describe('Present on a translation or patient version whose source has published since')

export type OutOfDate = z.infer<typeof outOfDateSchema>

/** A revision, or the published store's listing of one: only these fields and the content's source pins are read. */
export type OutOfDateInput = Pick<Revision, 'type' | 'slug' | 'version' | 'kind'> & { content: unknown }

type SourcePins = { translationOf?: Pin | null; patientVersionOf?: Pin | null }

type Args = {
  /** Summary revisions (or their listings): the latest of each (older versions and other types are ignored). */
  revisions: readonly OutOfDateInput[]
}

const relations = ['translationOf', 'patientVersionOf'] as const

/**
 * Which translations and patient versions are out of date, by slug.
 *
 * The rule: a summary published with `translationOf` (or `patientVersionOf`) pinned to version n of its
 * source is out of date when the source's latest revision is a publication with a version above n. The
 * pin was the source's latest version when the summary published, so this is exactly "the source
 * published after the summary last did", without comparing clocks. It clears when the summary publishes
 * again (its new pin is the source's current version). Only the direct source counts (a Spanish
 * translation of a patient version follows the patient version, not the professional summary behind
 * it); a retired source or a retired summary marks nothing. When both relations are behind,
 * translationOf is reported.
 */
export const findOutOfDate = ({ revisions }: Args): Map<string, OutOfDate> => {
  const latest = new Map<string, OutOfDateInput>()
  for (const revision of revisions) {
    if (revision.type !== 'summaries') continue
    const known = latest.get(revision.slug)
    if (!known || known.version < revision.version) latest.set(revision.slug, revision)
  }
  const outOfDate = new Map<string, OutOfDate>()
  for (const revision of latest.values()) {
    if (revision.kind !== 'published' || revision.type !== 'summaries') continue
    for (const relation of relations) {
      const basedOn: Pin | null = (revision.content as SourcePins | null)?.[relation] ?? null
      const source = basedOn && latest.get(basedOn.slug)
      if (!basedOn || !source || source.kind !== 'published' || source.version <= basedOn.version) continue
      outOfDate.set(revision.slug, {
        relation,
        basedOn: { type: basedOn.type, slug: basedOn.slug, version: basedOn.version },
        because: { type: source.type, slug: source.slug, version: source.version },
      })
      break
    }
  }
  return outOfDate
}
