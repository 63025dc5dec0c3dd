import type { Metadata } from 'next'

import type { DrugContent, SummaryContent } from '@/domain/revisions'

import type { Published } from './data'

const ogLocale = { en: 'en_US', es: 'es_US' } as const

/**
 * A summary page's metadata: its canonical URL, the `hreflang` alternates of every language it is
 * published in (itself included, as search engines ask), and the Open Graph and Twitter cards from its
 * description. URLs are relative: the layout's `metadataBase` (SERVER_URL) makes them absolute.
 */
/** Another language's version of a summary, as the page's lists know it. */
type Translation = { slug: string; content: { language: SummaryContent['language'] } }

export const summaryMetadata = (summary: Published<SummaryContent>, translations: readonly Translation[]): Metadata => {
  const path = `/summaries/${summary.slug}`
  const description = summary.content.description ?? undefined
  const languages = Object.fromEntries(
    [summary, ...translations].map((version) => [version.content.language, `/summaries/${version.slug}`]),
  )
  return {
    title: summary.content.title,
    description,
    alternates: { canonical: path, ...(translations.length > 0 && { languages }) },
    openGraph: {
      type: 'article',
      url: path,
      title: summary.content.title,
      description,
      locale: ogLocale[summary.content.language],
      alternateLocale: translations.map((version) => ogLocale[version.content.language]),
      modifiedTime: summary.publishedAt,
    },
    twitter: { card: 'summary', title: summary.content.title, description },
  }
}

/** A drug page's metadata: canonical URL and the cards, described by how the drug works. */
export const drugMetadata = (drug: Published<DrugContent>): Metadata => {
  const path = `/drugs/${drug.slug}`
  const title = `${drug.content.name} (${drug.content.drugClass})`
  const description = drug.content.mechanism ?? undefined
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: 'article', url: path, title, description, modifiedTime: drug.publishedAt },
    twitter: { card: 'summary', title, description },
  }
}
