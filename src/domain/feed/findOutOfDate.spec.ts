import type { Revision } from '../revisions/revisionSchema'

import { describe, expect, it } from 'vitest'

import { buildRetirement } from '../revisions/build/buildRetirement'
import { buildRevision } from '../revisions/build/buildRevision'
import { boardApproval, findRevision, importApproval, publishDemo, summaryDoc } from '../revisions/seedDocuments.fixture'
import { findOutOfDate } from './findOutOfDate'

const demo = publishDemo()
const ENGLISH = 'adult-soft-tissue-sarcoma-treatment-patient'
const SPANISH = 'adult-soft-tissue-sarcoma-treatment-patient-es'
const PROFESSIONAL = 'adult-soft-tissue-sarcoma-treatment-hp'

let day = 10
const publish = (doc: Record<string, unknown>, previous: Revision | null, resolved: readonly Revision[]) =>
  buildRevision({
    type: 'summaries',
    doc,
    previous,
    resolved,
    approval: previous ? boardApproval('Update') : importApproval,
    now: new Date(Date.UTC(2026, 2, day++)),
  })

// The demo's English patient summary is based on a professional summary; a Spanish summary translates it.
const professionalDoc = (description: string) => ({
  ...summaryDoc(),
  id: 600,
  slug: PROFESSIONAL,
  audience: 'health-professional',
  title: 'Adult Soft Tissue Sarcoma Treatment (PDQ®)–Health Professional Version',
  description,
})
const englishDoc = (description: string) => ({ ...summaryDoc(), description, patientVersionOf: 600 })
const spanishDoc = (description: string) => ({
  ...summaryDoc(),
  id: 502,
  slug: SPANISH,
  language: 'es',
  title: 'Tratamiento del sarcoma de tejido blando en adultos',
  description,
  translationOf: 501,
})

const professional1 = publish(professionalDoc('v1'), null, demo)
const english2 = publish(englishDoc('based on the professional summary'), findRevision(demo, 'summaries', ENGLISH), [
  ...demo,
  professional1,
])
const spanish1 = publish(spanishDoc('v1'), null, [...demo, english2])

describe('findOutOfDate', () => {
  it('marks nothing while every translation and patient version is based on its source’s latest version', () => {
    expect(spanish1.content.translationOf).toMatchObject({ slug: ENGLISH, version: 2 })
    expect(findOutOfDate({ revisions: [...demo, professional1, english2, spanish1] }).size).toBe(0)
  })

  it('marks the Spanish translation once the English summary publishes a newer version', () => {
    const english3 = publish(englishDoc('revised'), english2, [...demo, professional1])
    const outOfDate = findOutOfDate({ revisions: [professional1, english2, english3, spanish1] })
    expect([...outOfDate.entries()]).toEqual([
      [
        SPANISH,
        {
          relation: 'translationOf',
          basedOn: { type: 'summaries', slug: ENGLISH, version: 2 },
          because: { type: 'summaries', slug: ENGLISH, version: 3 },
        },
      ],
    ])

    const spanish2 = publish(spanishDoc('caught up'), spanish1, [...demo, english3])
    expect(findOutOfDate({ revisions: [professional1, english3, spanish1, spanish2] }).size).toBe(0)
  })

  it('marks the patient version once the professional summary publishes, but not the translation of the patient version', () => {
    const professional2 = publish(professionalDoc('v2'), professional1, demo)
    const outOfDate = findOutOfDate({ revisions: [professional1, professional2, english2, spanish1] })
    expect([...outOfDate.keys()]).toEqual([ENGLISH])
    expect(outOfDate.get(ENGLISH)).toMatchObject({ relation: 'patientVersionOf', because: { slug: PROFESSIONAL, version: 2 } })
  })

  it('marks nothing for a retired source or a retired translation', () => {
    const englishRetired = buildRetirement({
      previous: english2,
      approval: boardApproval('Withdrawn'),
      now: new Date(Date.UTC(2026, 3, 1)),
    })
    expect(findOutOfDate({ revisions: [professional1, english2, englishRetired, spanish1] }).size).toBe(0)
    const english3 = publish(englishDoc('revised'), english2, [...demo, professional1])
    const spanishRetired = buildRetirement({
      previous: spanish1,
      approval: boardApproval('Withdrawn'),
      now: new Date(Date.UTC(2026, 3, 1)),
    })
    expect(findOutOfDate({ revisions: [professional1, english3, spanishRetired] }).size).toBe(0)
  })
})
