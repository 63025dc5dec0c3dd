import { describe, expect, it } from 'vitest'

import type { SummaryContent } from '@/domain/revisions'

import { findRevision, publishDemo } from '@/domain/revisions/seedDocuments.fixture'

import type { Published } from './data'

import { drugMetadata, summaryMetadata } from './pageMetadata'

const demo = publishDemo()
const english = findRevision(demo, 'summaries', 'adult-soft-tissue-sarcoma-treatment-patient') as Published<SummaryContent>
const spanish = {
  ...english,
  slug: 'sarcoma-de-tejido-blando-del-adulto-paciente',
  content: { ...english.content, language: 'es', title: 'Tratamiento del sarcoma de tejido blando en adultos' },
} as Published<SummaryContent>

describe('a summary page’s metadata', () => {
  it('gives the canonical URL and the cards from the description', () => {
    const metadata = summaryMetadata(english, [])
    expect(metadata.alternates).toEqual({ canonical: '/summaries/adult-soft-tissue-sarcoma-treatment-patient' })
    expect(metadata.description).toBe(english.content.description)
    expect(metadata.openGraph).toMatchObject({ type: 'article', title: english.content.title, locale: 'en_US' })
    expect(metadata.twitter).toMatchObject({ card: 'summary', description: english.content.description })
  })

  it('links every language it is published in with hreflang, itself included', () => {
    expect(summaryMetadata(english, [spanish]).alternates?.languages).toEqual({
      en: '/summaries/adult-soft-tissue-sarcoma-treatment-patient',
      es: '/summaries/sarcoma-de-tejido-blando-del-adulto-paciente',
    })
    expect(summaryMetadata(spanish, [english]).openGraph).toMatchObject({ locale: 'es_US', alternateLocale: ['en_US'] })
  })
})

describe('a drug page’s metadata', () => {
  it('names the drug and its class and describes how it works', () => {
    const metadata = drugMetadata(findRevision(demo, 'drugs', 'pazopanib'))
    expect(metadata.title).toBe('pazopanib (Tyrosine kinase inhibitor)')
    expect(metadata.alternates).toEqual({ canonical: '/drugs/pazopanib' })
    expect(metadata.description).toBeTruthy()
  })
})
