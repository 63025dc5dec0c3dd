import config from '@payload-config'
import { getPayload } from 'payload'

import type { RevisionListing, RevisionMeta, SummaryListing } from '@/domain/published'
import type { DrugContent, PublishedRevision, StageContent, SummaryContent } from '@/domain/revisions'
import type { PublishedStore } from '@/published/PublishedStore'

import { findOutOfDate } from '@/domain/feed'
import { stageListing, summaryListing } from '@/domain/published'
import { publishedStoreFor, sharedPublishedStore } from '@/published/sharedPublishedStore'
import { slugs } from '@collections/slugs'

/**
 * What the public pages read: published revisions only, from the same store the feed serves. Lists
 * (the home page, translations, the summaries that mention a drug, the stage systems) come from the
 * store's in-memory listings; a page's own revision is read whole from the store's cache (or the
 * database on a miss). Drafts are never read.
 */
export const siteStore = async (): Promise<PublishedStore> => {
  const payload = await getPayload({ config })
  if (process.env.GALLEY_SITE_READS === 'database') return freshStore(payload)
  const store = sharedPublishedStore(payload)
  await store.refreshIfStale()
  return store
}

/**
 * `GALLEY_SITE_READS=database` (benchmarks, debugging): every render fills a new store from the
 * database (with no cached bodies) instead of using the shared one — what the pages would cost without it.
 */
const freshStore = async (payload: Awaited<ReturnType<typeof getPayload>>): Promise<PublishedStore> => {
  const store = publishedStoreFor(payload)
  await store.refresh()
  return store
}

export type Published<C> = PublishedRevision & { content: C }

/** A published summary as the lists show it (no sections, no citations). */
export type ListedSummary = RevisionListing & { content: SummaryListing }

const published = async <C>(store: PublishedStore, meta: RevisionMeta | undefined): Promise<Published<C> | null> =>
  meta && meta.listing.kind === 'published' ? ((await store.revision(meta)) as Published<C>) : null

export const publishedSummaries = (store: PublishedStore): ListedSummary[] =>
  store
    .latestOfType(slugs.summaries)
    .map((meta) => meta.listing)
    .filter((listing): listing is ListedSummary => summaryListing(listing) !== null)

export const latestSummary = (store: PublishedStore, slug: string) => published<SummaryContent>(store, store.latest(slugs.summaries, slug))

export const summaryVersion = (store: PublishedStore, slug: string, version: number) =>
  published<SummaryContent>(store, store.version(slugs.summaries, slug, version))

/** Every version of a document, newest first (retirements included, for the history). */
export const history = (store: PublishedStore, type: string, slug: string): RevisionListing[] =>
  store
    .versions(type, slug)
    .map((meta) => meta.listing)
    .reverse()

export const latestDrug = (store: PublishedStore, slug: string) => published<DrugContent>(store, store.latest(slugs.drugs, slug))

/** The published drugs' slugs and times, for the sitemap. */
export const publishedDrugs = (store: PublishedStore): RevisionListing[] =>
  store
    .latestOfType(slugs.drugs)
    .map((meta) => meta.listing)
    .filter((listing) => listing.kind === 'published')

const publishedStages = (store: PublishedStore) => store.latestOfType(slugs.stages).filter((meta) => stageListing(meta.listing) !== null)

/** The stages of one staging system, whole, by code. */
export const stagesOf = async (store: PublishedStore, system: string): Promise<Published<StageContent>[]> => {
  const metas = publishedStages(store).filter((meta) => stageListing(meta.listing)?.system === system)
  const stages = (await Promise.all(metas.map((meta) => store.revision(meta)))) as Published<StageContent>[]
  return stages.sort((a, b) => a.content.code.localeCompare(b.content.code))
}

/** The staging systems with at least one published stage (their slugs, e.g. `trunk-extremities`). */
export const publishedStagingSystems = (store: PublishedStore): string[] =>
  [...new Set(publishedStages(store).map((meta) => stageListing(meta.listing)!.system))].sort()

/** Published summaries whose latest version links to the drug. */
export const summariesMentioning = (store: PublishedStore, drugSlug: string): ListedSummary[] =>
  publishedSummaries(store).filter((summary) => summary.content.relatedDrugs.includes(drugSlug))

export const outOfDate = (store: PublishedStore, slug: string) =>
  findOutOfDate({ revisions: store.latestOfType(slugs.summaries).map((meta) => meta.listing) }).get(slug)

/** The Spanish (or English) counterpart of a summary, when one is published. */
export const translations = (store: PublishedStore, summary: Published<SummaryContent>): ListedSummary[] =>
  publishedSummaries(store).filter(
    (other) => other.content.translationOf?.slug === summary.slug || summary.content.translationOf?.slug === other.slug,
  )

export const latestPublished = (store: PublishedStore, type: string, slug: string) =>
  published<Record<string, unknown>>(store, store.latest(type, slug))

/**
 * Where a PDQ cross-summary link (`CDR0000062820#_1314`) goes on this site: the summary's page and
 * section when that summary is published in Galley, else null (the link then goes to cancer.gov).
 */
export const pdqLinksFor = (store: PublishedStore) => ({
  resolveSummary: (href: string): string | null => {
    const match = /^CDR0*(\d{1,10})(?:#(_[A-Za-z0-9_.-]{1,38}))?$/.exec(href.trim())
    if (!match) return null
    const slug = store.summarySlugOf(`CDR${match[1].padStart(10, '0')}`)
    return slug ? `/summaries/${slug}${match[2] ? `#${match[2]}` : ''}` : null
  },
})
