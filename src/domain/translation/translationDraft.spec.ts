import { describe, expect, it } from 'vitest'

import { translationDraft } from './translationDraft'

const source = {
  id: 7,
  title: 'Adult Soft Tissue Sarcoma Treatment (PDQ®)–Patient Version',
  slug: 'adult-soft-tissue-sarcoma-treatment-patient',
  language: 'en',
  audience: 'patient',
  summaryType: 'treatment',
  cancerType: 'Soft tissue sarcoma',
  board: { id: 1, name: 'Adult Treatment Editorial Board' },
  relatedDrugs: [{ id: 3 }, 4],
  sections: [
    { id: 'abc', title: 'General information', sectionType: 'general', keyPoints: [{ id: 'k1', text: 'A key point' }], body: { root: {} } },
  ],
}

describe('translationDraft', () => {
  it('starts a Spanish draft from the English summary, linked to it, under its board, with new row ids', () => {
    const draft = translationDraft({ source, existing: null, takenSlugs: new Set() })
    expect(draft).toMatchObject({
      language: 'es',
      translationOf: 7,
      board: 1,
      slug: 'adult-soft-tissue-sarcoma-treatment-patient-es',
      relatedDrugs: [3, 4],
      sections: [{ title: 'General information', sectionType: 'general', keyPoints: [{ text: 'A key point' }], body: { root: {} } }],
    })
    const sections = (draft as { sections: Record<string, unknown>[] }).sections
    expect(sections[0]).not.toHaveProperty('id')
    expect((sections[0].keyPoints as Record<string, unknown>[])[0]).not.toHaveProperty('id')
  })

  it('picks a slug nobody uses', () => {
    const draft = translationDraft({ source, existing: null, takenSlugs: new Set(['adult-soft-tissue-sarcoma-treatment-patient-es']) })
    expect(draft).toMatchObject({ slug: 'adult-soft-tissue-sarcoma-treatment-patient-es-2' })
  })

  it('refuses a summary that is not English, naming its language', () => {
    expect(translationDraft({ source: { ...source, language: 'es' }, existing: null, takenSlugs: new Set() })).toMatchObject({
      status: 409,
      field: 'language',
    })
  })

  it('refuses a second translation and names the one that exists', () => {
    const refused = translationDraft({ source, existing: { id: 9, title: 'Sarcoma de tejido blando' }, takenSlugs: new Set() })
    expect(refused).toMatchObject({ status: 409, message: expect.stringContaining('“Sarcoma de tejido blando” (id 9)') })
  })
})
