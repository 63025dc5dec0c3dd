import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { history, siteStore, summaryVersion, translations, pdqLinksFor } from '@/site/data'
import { SummaryView } from '@/site/SummaryView'
import { slugs } from '@collections/slugs'

type Props = { params: Promise<{ slug: string; n: string }> }

export const dynamic = 'force-dynamic'

const versionOf = (n: string) => (/^[1-9]\d{0,8}$/.test(n) ? Number(n) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  const version = versionOf(n)
  const summary = version ? await summaryVersion(await siteStore(), slug, version) : null
  if (!summary) return { title: 'Not found' }
  return { title: `${summary.content.title} (version ${version})`, alternates: { canonical: `/summaries/${slug}` } }
}

/** A past (or the current) published version of a summary, with a banner linking to the latest. */
export default async function SummaryVersionPage({ params }: Props) {
  const { slug, n } = await params
  const version = versionOf(n)
  const store = await siteStore()
  const summary = version ? await summaryVersion(store, slug, version) : null
  if (!summary) notFound()
  const latest = store.latest('summaries', slug)?.listing
  return (
    <SummaryView
      summary={summary}
      versions={history(store, slugs.summaries, slug)}
      latestVersion={latest?.version ?? summary.version}
      translations={translations(store, summary)}
      origin={store.origin}
      pdqLinks={pdqLinksFor(store)}
    />
  )
}
