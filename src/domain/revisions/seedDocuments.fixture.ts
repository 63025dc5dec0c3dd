import type { Approval, PublishedRevision, RevisionOf } from './revisionSchema'
import type { RevisionType } from './revisionTypes'

import { drugs, references, stages, summary, treatments } from '../../seed/data'
import { seedBlocksToLexical } from '../../seed/lexical'
import { stageSlug, stageTitle } from '../staging/naming'
import { slugify } from '../text/slug'
import { buildRevision } from './build/buildRevision'

/*
 * Test fixtures: the demo data set as Payload stores it (numeric ids, rows with ids, relationships by
 * id, timestamps and status alongside the content), and its revision 1 of every document.
 */

const stored = <F extends object>(id: number, fields: F) => ({
  id,
  ...fields,
  board: 1,
  _status: 'published',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
})

const rowsOf = (values: readonly string[] | undefined, key: string, prefix: string) =>
  values?.map((value, index) => ({ id: `${prefix}-${index}`, [key]: value }))

const referenceIds = new Map(references.map((reference, index) => [reference.key, 101 + index]))
const drugIds = new Map(drugs.map((drug, index) => [drug.slug, 201 + index]))
const treatmentIds = new Map(treatments.map((treatment, index) => [treatment.slug, 301 + index]))
const stageIds = new Map(stages.map((stage, index) => [`${stage.system}:${stage.code}`, 401 + index]))

export const referenceDocs = () =>
  references.map(({ key, authors, editors, ...reference }) =>
    stored(referenceIds.get(key)!, {
      ...reference,
      slug: slugify(reference.title),
      authors: rowsOf(authors, 'name', key),
      editors: rowsOf(editors, 'name', `${key}-ed`) ?? [],
      lastReviewedBy: 4,
      citation: 'computed by the beforeChange hook',
    }),
  )

export const drugDocs = () =>
  drugs.map((drug) =>
    stored(drugIds.get(drug.slug)!, {
      ...drug,
      brandNames: rowsOf(drug.brandNames, 'name', drug.slug),
      approvals: drug.approvals.map((approval, index) => ({ id: `${drug.slug}-a${index}`, ...approval })),
      sideEffects: rowsOf(drug.sideEffects, 'effect', `${drug.slug}-se`),
      references: drug.references.map((key) => referenceIds.get(key)!),
    }),
  )

export const treatmentDocs = () =>
  treatments.map((treatment) =>
    stored(treatmentIds.get(treatment.slug)!, {
      ...treatment,
      drugs: treatment.drugs.map((slug) => drugIds.get(slug)!),
    }),
  )

export const stageDocs = () =>
  stages.map((stage) =>
    stored(stageIds.get(`${stage.system}:${stage.code}`)!, {
      ...stage,
      slug: stageSlug(stage),
      title: stageTitle(stage),
      criteria: stage.criteria.map((criteria, index) => ({ id: `${stage.code}-c${index}`, ...criteria })),
      treatmentOptions: stage.treatmentOptions.map(({ treatment, note }, index) => ({
        id: `${stage.code}-t${index}`,
        treatment: treatmentIds.get(treatment)!,
        note: note ?? null,
      })),
    }),
  )

export const SUMMARY_ID = 501

export const summaryDoc = () =>
  stored(SUMMARY_ID, {
    ...summary,
    translationOf: null,
    patientVersionOf: null,
    lastComprehensiveReviewAt: `${summary.lastComprehensiveReviewAt}T12:00:00.000Z`,
    nextComprehensiveReviewAt: `${summary.nextComprehensiveReviewAt}T12:00:00.000Z`,
    relatedStages: summary.relatedStages.map(({ system, code }) => stageIds.get(`${system}:${code}`)!),
    relatedTreatments: summary.relatedTreatments.map((slug) => treatmentIds.get(slug)!),
    relatedDrugs: summary.relatedDrugs.map((slug) => drugIds.get(slug)!),
    sections: summary.sections.map(({ key, keyPoints, body, ...section }) => ({
      id: `section-${key}`,
      ...section,
      keyPoints: keyPoints.map((text, index) => ({ id: `${key}-kp${index}`, text })),
      body: seedBlocksToLexical({
        blocks: body,
        resolveReference: (ref) => referenceIds.get(ref)!,
        idSeed: `${summary.slug}:${key}`,
      }),
    })),
  })

export const importApproval: Approval = {
  changeType: 'new',
  publicNote: 'Initial import',
  approvedBy: [],
  approvedAt: null,
  board: { id: '1', slug: 'adult-treatment', name: 'Adult Treatment Editorial Board' },
}

export const boardApproval = (publicNote: string | null, changeType: Approval['changeType'] = 'minor-change'): Approval => ({
  changeType,
  publicNote,
  approvedBy: [
    { id: '4', name: 'Dr. Rosa Reyes' },
    { id: '5', name: 'Dr. Sam Okafor' },
  ],
  approvedAt: '2026-03-02T10:00:00.000Z',
  board: { id: '1', slug: 'adult-treatment', name: 'Adult Treatment Editorial Board' },
})

/** Revision 1 of every demo document, published in dependency order (references first, the summary last). */
export const publishDemo = ({ now = new Date('2026-01-05T09:30:00.000Z') }: { now?: Date } = {}): PublishedRevision[] => {
  const published: PublishedRevision[] = []
  const publishAll = (type: RevisionType, docs: readonly Record<string, unknown>[]) => {
    for (const doc of docs) {
      published.push(buildRevision({ type, doc, previous: null, resolved: published, approval: importApproval, now }))
    }
  }
  publishAll('references', referenceDocs())
  publishAll('drugs', drugDocs())
  publishAll('treatments', treatmentDocs())
  publishAll('stages', stageDocs())
  publishAll('summaries', [summaryDoc()])
  return published
}

export const findRevision = <T extends RevisionType>(revisions: readonly PublishedRevision[], type: T, slug: string): RevisionOf<T> => {
  const found = revisions.filter((revision): revision is RevisionOf<T> => revision.type === type && revision.slug === slug).at(-1)
  if (!found) throw new Error(`no revision of ${type} ${slug}`)
  return found
}
