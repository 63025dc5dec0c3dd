import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { history, latestSummary, outOfDate, siteStore, translations } from '@/site/data'
import { SummaryView } from '@/site/SummaryView'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const summary = latestSummary(await siteStore(), slug)
  if (!summary) return { title: 'Not found' }
  return {
    title: summary.content.title,
    description: summary.content.description ?? undefined,
    alternates: { canonical: `/summaries/${slug}` },
  }
}

/** The latest published revision of a summary. */
export default async function SummaryPage({ params }: Props) {
  const { slug } = await params
  const store = await siteStore()
  const summary = latestSummary(store, slug)
  if (!summary) notFound()
  return (
    <SummaryView
      summary={summary}
      versions={history(store, 'summaries', slug)}
      latestVersion={summary.version}
      translations={translations(store, summary)}
      outOfDate={outOfDate(store, slug)}
      origin={store.origin}
    />
  )
}
