import { describe, expect, it } from 'vitest'

import type { RevisionType } from './revisionTypes'

import { buildRevision } from './build/buildRevision'
import { linkedDocuments } from './linkedDocuments'
import {
  SUMMARY_ID,
  drugDocs,
  importApproval,
  publishDemo,
  referenceDocs,
  stageDocs,
  summaryDoc,
  treatmentDocs,
} from './seedDocuments.fixture'

const demo = publishDemo()
const now = new Date('2026-03-01T10:00:00.000Z')
const keys = (linked: { type: string; id: string }[]) => linked.map(({ type, id }) => `${type}:${id}`).sort()

const everyDemoDoc: [RevisionType, Record<string, unknown>][] = [
  ...referenceDocs().map((doc) => ['references', doc] as [RevisionType, Record<string, unknown>]),
  ...drugDocs().map((doc) => ['drugs', doc] as [RevisionType, Record<string, unknown>]),
  ...treatmentDocs().map((doc) => ['treatments', doc] as [RevisionType, Record<string, unknown>]),
  ...stageDocs().map((doc) => ['stages', doc] as [RevisionType, Record<string, unknown>]),
  ['summaries', summaryDoc()],
]

describe('linkedDocuments', () => {
  it('is all a publication needs: building from their revisions alone gives the same revision as from everything published', () => {
    for (const [type, doc] of everyDemoDoc) {
      const linked = new Set(keys(linkedDocuments({ type, doc })))
      const own = demo.filter((revision) => linked.has(`${revision.type}:${revision.documentId}`))
      const fromAll = buildRevision({ type, doc, previous: null, resolved: demo, approval: importApproval, now })
      const fromLinked = buildRevision({ type, doc, previous: null, resolved: own, approval: importApproval, now })
      expect(fromLinked, `${type} ${String(doc.slug)}`).toEqual(fromAll)
    }
  })

  it("lists a summary's related stages, treatments and drugs and every cited reference, each once", () => {
    const doc = summaryDoc()
    const linked = keys(linkedDocuments({ type: 'summaries', doc }))
    const cited = demo.find((revision) => revision.type === 'summaries' && revision.documentId === String(SUMMARY_ID))
    if (cited?.type !== 'summaries') throw new Error('the demo summary is missing')
    const referenceIds = cited.content.citations.map((citation) => `references:${citation.id}`)

    expect(referenceIds.length).toBeGreaterThan(10)
    expect(linked).toEqual(
      [
        ...doc.relatedStages.map((id) => `stages:${id}`),
        ...doc.relatedTreatments.map((id) => `treatments:${id}`),
        ...doc.relatedDrugs.map((id) => `drugs:${id}`),
        ...referenceIds,
      ].sort(),
    )
    expect(new Set(linked).size).toBe(linked.length)
  })

  it('lists a link to an unpublished document too, so that building the revision can refuse it', () => {
    const doc = { ...summaryDoc(), translationOf: { id: 999 }, patientVersionOf: { relationTo: 'summaries', value: 998 } }
    expect(keys(linkedDocuments({ type: 'summaries', doc }))).toEqual(expect.arrayContaining(['summaries:999', 'summaries:998']))
  })

  it('reads relationships stored as ids or populated, and skips empty ones', () => {
    const stage = stageDocs()[0]
    const populated = {
      ...stage,
      treatmentOptions: [
        ...stage.treatmentOptions.map((row) => ({ ...row, treatment: { id: row.treatment, name: 'populated' } })),
        { id: 'empty', treatment: null, note: null },
      ],
    }
    expect(keys(linkedDocuments({ type: 'stages', doc: populated }))).toEqual(keys(linkedDocuments({ type: 'stages', doc: stage })))
    expect(linkedDocuments({ type: 'stages', doc: stage }).length).toBeGreaterThan(0)
  })

  it('finds nothing for a reference, which links to no document', () => {
    expect(linkedDocuments({ type: 'references', doc: referenceDocs()[0] })).toEqual([])
  })
})
