import config from '@payload-config'
import { getPayload } from 'payload'

import type { DrugContent, PublishedRevision, Revision, StageContent, SummaryContent } from '@/domain/revisions'
import type { StoredRevision } from '@/feed/feedStore'

import { findOutOfDate } from '@/domain/feed'
import { FeedStore } from '@/feed/feedStore'
import { feedOrigin, revisionRowsLoader, sharedFeedStore } from '@/feed/sharedFeedStore'
import { slugs } from '@collections/slugs'

/**
 * What the public pages read: published revisions only, from the same in-memory store the feed
 * serves (filled from the `revisions` table, refreshed after a publication). Drafts are never read.
 */
export const siteStore = async (): Promise<FeedStore> => {
  const payload = await getPayload({ config })
  if (process.env.GALLEY_SITE_READS === 'database') return freshStore(payload)
  const store = sharedFeedStore(payload)
  await store.refreshIfStale()
  return store
}

/**
 * `GALLEY_SITE_READS=database` (benchmarks, debugging): every render reads the published revisions
 * from the database instead of the shared store — what the pages would cost without it.
 */
const freshStore = async (payload: Awaited<ReturnType<typeof getPayload>>): Promise<FeedStore> => {
  const store = new FeedStore(revisionRowsLoader(payload), feedOrigin(payload))
  await store.refresh()
  return store
}

export type Published<C> = PublishedRevision & { content: C }

const published = <C>(stored: StoredRevision | undefined): Published<C> | null =>
  stored && stored.revision.kind === 'published' ? (stored.revision as Published<C>) : null

const latestOfType = (store: FeedStore, type: string): Revision[] =>
  [...store.documents.entries()].filter(([key]) => key.startsWith(`${type}/`)).map(([, versions]) => versions.at(-1)!.revision)

export const publishedSummaries = (store: FeedStore): Published<SummaryContent>[] =>
  latestOfType(store, slugs.summaries).filter((revision) => revision.kind === 'published') as Published<SummaryContent>[]

export const latestSummary = (store: FeedStore, slug: string) => published<SummaryContent>(store.latest(slugs.summaries, slug))

export const summaryVersion = (store: FeedStore, slug: string, version: number) =>
  published<SummaryContent>(store.version(slugs.summaries, slug, version))

/** Every version of a document, newest first (retirements included, for the history). */
export const history = (store: FeedStore, type: string, slug: string): Revision[] =>
  [...(store.documents.get(`${type}/${slug}`) ?? [])].map((stored) => stored.revision).reverse()

export const latestDrug = (store: FeedStore, slug: string) => published<DrugContent>(store.latest(slugs.drugs, slug))

export const stagesOf = (store: FeedStore, system: string): Published<StageContent>[] =>
  (latestOfType(store, slugs.stages).filter((revision) => revision.kind === 'published') as Published<StageContent>[])
    .filter((stage) => stage.content.system === system)
    .sort((a, b) => a.content.code.localeCompare(b.content.code))

/** The staging systems with at least one published stage (their slugs, e.g. `trunk-extremities`). */
export const publishedStagingSystems = (store: FeedStore): string[] =>
  [
    ...new Set(
      (latestOfType(store, slugs.stages).filter((r) => r.kind === 'published') as Published<StageContent>[]).map(
        (stage) => stage.content.system,
      ),
    ),
  ].sort()

/** Published summaries whose latest version links to the drug. */
export const summariesMentioning = (store: FeedStore, drugSlug: string) =>
  publishedSummaries(store).filter((summary) => summary.content.relatedDrugs.some((pin) => pin.slug === drugSlug))

export const outOfDate = (store: FeedStore, slug: string) => findOutOfDate({ revisions: latestOfType(store, slugs.summaries) }).get(slug)

/** The Spanish (or English) counterpart of a summary, when one is published. */
export const translations = (store: FeedStore, summary: Published<SummaryContent>) =>
  publishedSummaries(store).filter(
    (other) => other.content.translationOf?.slug === summary.slug || summary.content.translationOf?.slug === other.slug,
  )

export const latestPublished = (store: FeedStore, type: string, slug: string) =>
  published<Record<string, unknown>>(store.latest(type, slug))
