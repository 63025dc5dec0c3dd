import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import type { DrugContent } from '@/domain/revisions'
import type { Published } from '@/site/data'

import { latestDrug, siteStore } from '@/site/data'
import { DraftBanner, NotPublishable } from '@/site/DraftBanner'
import { draftPreview } from '@/site/draftPreview'
import { drugMetadata } from '@/site/pageMetadata'
import { DrugView } from '@/site/DrugView'
import { slugs } from '@collections/slugs'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const preview = await draftPreview(slugs.drugs, slug)
  if (preview)
    return {
      title: `Draft preview: ${preview.kind === 'revision' ? preview.revision.title : preview.title}`,
      robots: { index: false, follow: false },
    }
  const drug = await latestDrug(await siteStore(), slug)
  if (!drug) return { title: 'Not found' }
  return drugMetadata(drug)
}

/** A drug's latest published revision; in draft preview, what its draft would publish. */
export default async function DrugPage({ params }: Props) {
  const { slug } = await params
  const store = await siteStore()
  const preview = await draftPreview(slugs.drugs, slug)
  const path = `/drugs/${slug}`
  if (preview?.kind === 'not-publishable')
    return <NotPublishable path={path} published={await latestDrug(store, slug)} title={preview.title} issues={preview.issues} />
  const drug = preview ? (preview.revision as Published<DrugContent>) : await latestDrug(store, slug)
  if (!drug) notFound()
  return (
    <>
      {preview && <DraftBanner path={path} published={preview.published} />}
      <DrugView drug={drug} store={store} isDraft={Boolean(preview)} />
    </>
  )
}
