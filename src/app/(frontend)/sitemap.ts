import type { MetadataRoute } from 'next'

import { publishedDrugs, publishedSummaries, siteStore, publishedStagingSystems } from '@/site/data'

export const dynamic = 'force-dynamic'

/** Every public page of a published document, with when it last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const store = await siteStore()
  const at = (path: string, lastModified?: string) => ({ url: `${store.origin}${path}`, ...(lastModified && { lastModified }) })
  const drugs = publishedDrugs(store).map((drug) => at(`/drugs/${drug.slug}`, drug.publishedAt))
  return [
    at('/'),
    ...publishedSummaries(store).map((summary) => at(`/summaries/${summary.slug}`, summary.publishedAt)),
    ...drugs,
    ...publishedStagingSystems(store).map((system) => at(`/stages/${system}`)),
  ]
}
