import type { ChangeEvent } from '../feed/changeEvent'
import type { Pin } from '../revisions/pin'
import type { Revision } from '../revisions/revisionSchema'

/**
 * What the published store keeps of a summary's content: enough for the index (language, audience,
 * out-of-date marking) and the site's lists (the home page, translations, the summaries that
 * mention a drug), never its sections or citations.
 */
export type SummaryListing = {
  /** The PDQ id (`/feed/v1/pdq/{cdrId}.xml`); absent in listings stored before PDQ export existed. */
  cdrId?: string | null
  title: string
  language: 'en' | 'es'
  audience: 'patient' | 'health-professional'
  cancerType: string
  translationOf: Pin | null
  patientVersionOf: Pin | null
  /** The slugs of the drugs it links to. */
  relatedDrugs: string[]
}

/** What the store keeps of a stage's content: where it sits in the stage tables. */
export type StageListing = { system: string; code: string }

/**
 * A revision as the published store holds it in memory: the bookkeeping and a few content fields,
 * a few hundred bytes however large the revision. Stored next to the revision (the `listing`
 * column) so the store fills itself without reading any revision's content.
 */
export type RevisionListing = Pick<
  Revision,
  'type' | 'slug' | 'documentId' | 'version' | 'kind' | 'title' | 'publishedAt' | 'publicNote'
> & {
  /** Summaries and stages only; null for other types and for a retirement. */
  content: SummaryListing | StageListing | null
}

/** One revision as the store knows it: its listing, its place in the change log and its bytes. */
export type RevisionMeta = {
  /** The change log's order: assigned by Galley in the publishing transaction. */
  sequence: number
  hash: string
  /** Bytes of the revision's JSON as the feed serves it. */
  size: number
  listing: RevisionListing
  event: ChangeEvent
}

export const listingOf = (revision: Revision): RevisionListing => {
  const { type, slug, documentId, version, kind, title, publishedAt, publicNote } = revision
  const common = { type, slug, documentId, version, kind, title, publishedAt, publicNote: publicNote ?? null }
  if (revision.kind !== 'published') return { ...common, content: null }
  if (revision.type === 'summaries') {
    const { content } = revision
    return {
      ...common,
      content: {
        cdrId: content.cdrId ?? null,
        title: content.title,
        language: content.language,
        audience: content.audience,
        cancerType: content.cancerType,
        translationOf: content.translationOf,
        patientVersionOf: content.patientVersionOf,
        relatedDrugs: content.relatedDrugs.map((pin) => pin.slug),
      },
    }
  }
  if (revision.type === 'stages') return { ...common, content: { system: revision.content.system, code: revision.content.code } }
  return { ...common, content: null }
}

/** The listing's summary fields, when it is a published summary. */
export const summaryListing = (listing: Pick<RevisionListing, 'type' | 'kind' | 'content'>): SummaryListing | null =>
  listing.type === 'summaries' && listing.kind === 'published' && listing.content ? (listing.content as SummaryListing) : null

/** The listing's stage fields, when it is a published stage. */
export const stageListing = (listing: Pick<RevisionListing, 'type' | 'kind' | 'content'>): StageListing | null =>
  listing.type === 'stages' && listing.kind === 'published' && listing.content ? (listing.content as StageListing) : null
