import { describe, expect, it } from 'vitest'

import { buildRetirement } from '@/domain/revisions'
import { boardApproval, findRevision, publishDemo } from '@/domain/revisions/seedDocuments.fixture'

import { listingOf } from './revisionListing'

const demo = publishDemo()
const summary = findRevision(demo, 'summaries', 'adult-soft-tissue-sarcoma-treatment-patient')

describe('listingOf', () => {
  it('keeps of a summary what the index and the site lists show, a few hundred bytes of a 165 KB revision', () => {
    const listing = listingOf(summary)
    expect(listing).toMatchObject({
      type: 'summaries',
      slug: summary.slug,
      version: 1,
      kind: 'published',
      content: { language: 'en', audience: 'patient', cancerType: summary.content.cancerType, translationOf: null },
    })
    expect((listing.content as { relatedDrugs: string[] }).relatedDrugs).toContain('pazopanib')
    expect(JSON.stringify(listing).length).toBeLessThan(2_000)
    expect(JSON.stringify(summary).length).toBeGreaterThan(100_000)
  })

  it('keeps where a stage sits in the stage tables', () => {
    const stage = demo.find((revision) => revision.type === 'stages')!
    expect(listingOf(stage).content).toEqual({ system: stage.content.system, code: stage.content.code })
  })

  it('keeps no content of other types or of a retirement', () => {
    const drug = findRevision(demo, 'drugs', 'pazopanib')
    const retired = buildRetirement({ previous: drug, approval: boardApproval('Withdrawn'), now: new Date('2026-02-01T00:00:00Z') })
    expect([listingOf(drug).content, listingOf(retired)]).toEqual([
      null,
      expect.objectContaining({ kind: 'retired', version: 2, publicNote: 'Withdrawn', content: null }),
    ])
  })
})
