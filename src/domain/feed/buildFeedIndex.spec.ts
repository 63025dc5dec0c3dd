import { describe, expect, it } from 'vitest'

import { buildRetirement } from '../revisions/build/buildRetirement'
import { buildRevision } from '../revisions/build/buildRevision'
import { boardApproval, drugDocs, findRevision, publishDemo, summaryDoc } from '../revisions/seedDocuments.fixture'
import { buildFeedIndex } from './buildFeedIndex'
import { changeEventFor } from './changeEvent'
import { feedIndexSchema } from './indexEntry'

const origin = 'https://galley.example.org'
const demo = publishDemo()
const pazopanib1 = findRevision(demo, 'drugs', 'pazopanib')
const pazopanib2 = buildRevision({
  type: 'drugs',
  doc: { ...drugDocs().find((doc) => doc.slug === 'pazopanib')!, drugClass: 'Multikinase inhibitor' },
  previous: pazopanib1,
  resolved: demo,
  approval: boardApproval('Drug class'),
  now: new Date('2026-03-02T10:00:00.000Z'),
})
const imatinibRetired = buildRetirement({
  previous: findRevision(demo, 'drugs', 'imatinib'),
  approval: boardApproval('Withdrawn'),
  now: new Date('2026-03-03T10:00:00.000Z'),
})
const spanish = buildRevision({
  type: 'summaries',
  doc: { ...summaryDoc(), id: 502, slug: 'sarcoma-es', language: 'es', title: 'Sarcoma (es)', translationOf: 501 },
  previous: null,
  resolved: demo,
  approval: boardApproval('Translation', 'new'),
  now: new Date('2026-03-04T10:00:00.000Z'),
})
const english = findRevision(demo, 'summaries', 'adult-soft-tissue-sarcoma-treatment-patient')
const english2 = buildRevision({
  type: 'summaries',
  doc: { ...summaryDoc(), description: 'Revised.' },
  previous: english,
  resolved: demo,
  approval: boardApproval('Revise'),
  now: new Date('2026-03-05T10:00:00.000Z'),
})

const index = buildFeedIndex({
  revisions: [...demo, pazopanib2, imatinibRetired, spanish, english2],
  origin,
  htmlUrl: (revision) => (revision.type === 'summaries' ? `${origin}/summaries/${revision.slug}` : undefined),
})
const entry = (type: string, slug: string) => index.documents.find((item) => item.type === type && item.slug === slug)

describe('buildFeedIndex', () => {
  it('lists every document once, by type then slug, in the published shape', () => {
    expect(index.documents).toHaveLength(demo.length + 1)
    expect(index.documents[0].type).toBe('summaries')
    expect(index.documents.at(-1)!.type).toBe('references')
    const drugs = index.documents.filter((item) => item.type === 'drugs').map((item) => item.slug)
    expect(drugs).toEqual([...drugs].sort())
    expect(feedIndexSchema.safeParse(index).success).toBe(true)
  })

  it('gives each document its latest version and its URLs', () => {
    expect(entry('drugs', 'pazopanib')).toEqual({
      type: 'drugs',
      slug: 'pazopanib',
      title: 'pazopanib',
      language: 'en',
      audience: null,
      version: 2,
      publishedAt: '2026-03-02T10:00:00.000Z',
      urls: { latest: `${origin}/feed/v1/drugs/pazopanib.json`, version: `${origin}/feed/v1/drugs/pazopanib/v2.json` },
    })
  })

  it('flags a retired document and keeps its title', () => {
    expect(entry('drugs', 'imatinib')).toMatchObject({
      retired: true,
      version: 2,
      title: 'imatinib',
      publishedAt: '2026-03-03T10:00:00.000Z',
    })
  })

  it('marks a translation out of date after its source publishes', () => {
    expect(entry('summaries', 'sarcoma-es')).toMatchObject({
      language: 'es',
      audience: 'patient',
      urls: { html: `${origin}/summaries/sarcoma-es` },
      outOfDate: {
        relation: 'translationOf',
        basedOn: { type: 'summaries', slug: 'adult-soft-tissue-sarcoma-treatment-patient', version: 1 },
        because: { type: 'summaries', slug: 'adult-soft-tissue-sarcoma-treatment-patient', version: 2 },
      },
    })
    expect(entry('summaries', 'adult-soft-tissue-sarcoma-treatment-patient')).not.toHaveProperty('outOfDate')
  })

  it('needs the last publication of a retired document', () => {
    expect(() => buildFeedIndex({ revisions: [imatinibRetired], origin })).toThrow('needs its last published revision')
  })
})

describe('changeEventFor', () => {
  it('turns a stored revision and its sequence number into a change event', () => {
    expect(changeEventFor({ seq: 77, revision: imatinibRetired })).toEqual({
      id: '77',
      kind: 'retired',
      type: 'drugs',
      slug: 'imatinib',
      version: 2,
      title: 'imatinib',
      at: '2026-03-03T10:00:00.000Z',
    })
  })
})
