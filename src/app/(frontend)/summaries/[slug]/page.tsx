import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import type { SummaryContent } from '@/domain/revisions'
import type { Published } from '@/site/data'

import { history, latestSummary, outOfDate, siteStore, translations, pdqLinksFor } from '@/site/data'
import { DraftBanner, NotPublishable } from '@/site/DraftBanner'
import { draftPreview } from '@/site/draftPreview'
import { summaryMetadata } from '@/site/pageMetadata'
import { SummaryView } from '@/site/SummaryView'
import { slugs } from '@collections/slugs'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

const noindex = { index: false, follow: false } as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const preview = await draftPreview(slugs.summaries, slug)
  if (preview) return { title: `Draft preview: ${preview.kind === 'revision' ? preview.revision.title : preview.title}`, robots: noindex }
  const store = await siteStore()
  const summary = await latestSummary(store, slug)
  if (!summary) return { title: 'Not found' }
  return summaryMetadata(summary, translations(store, summary))
}

/** The latest published revision of a summary; in draft preview, what its draft would publish. */
export default async function SummaryPage({ params }: Props) {
  const { slug } = await params
  const store = await siteStore()
  const preview = await draftPreview(slugs.summaries, slug)
  const path = `/summaries/${slug}`
  if (preview?.kind === 'not-publishable')
    return <NotPublishable path={path} published={await latestSummary(store, slug)} title={preview.title} issues={preview.issues} />
  const summary = preview ? (preview.revision as Published<SummaryContent>) : await latestSummary(store, slug)
  if (!summary) notFound()
  return (
    <>
      {preview && <DraftBanner path={path} published={preview.published} />}
      <SummaryView
        summary={summary}
        versions={history(store, slugs.summaries, slug)}
        latestVersion={summary.version}
        translations={translations(store, summary)}
        outOfDate={outOfDate(store, slug)}
        origin={store.origin}
        pdqLinks={pdqLinksFor(store)}
        isDraft={Boolean(preview)}
      />
    </>
  )
}
