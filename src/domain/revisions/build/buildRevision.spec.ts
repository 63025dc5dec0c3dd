import { describe, expect, it } from 'vitest'

import { hasChanges } from '../../diff/hasChanges'
import { RevisionInvalidError } from '../RevisionInvalidError'
import {
  SUMMARY_ID,
  boardApproval,
  drugDocs,
  findRevision,
  importApproval,
  publishDemo,
  summaryDoc,
  treatmentDocs,
} from '../seedDocuments.fixture'
import { buildRetirement } from './buildRetirement'
import { buildRevision } from './buildRevision'

const demo = publishDemo()
const pazopanibDoc = () => drugDocs().find((doc) => doc.slug === 'pazopanib')!
const SUMMARY_SLUG = 'adult-soft-tissue-sarcoma-treatment-patient'

const issuesOf = (build: () => unknown) => {
  try {
    build()
  } catch (error) {
    if (error instanceof RevisionInvalidError) return error.issues
    throw error
  }
  throw new Error('expected RevisionInvalidError')
}

describe('buildRevision: a first publication', () => {
  const pazopanib = findRevision(demo, 'drugs', 'pazopanib')

  it('is version 1 with no previous hash, identified by type, slug and document id', () => {
    expect(pazopanib).toMatchObject({
      type: 'drugs',
      kind: 'published',
      slug: 'pazopanib',
      documentId: '201',
      version: 1,
      title: 'pazopanib',
      previousHash: null,
      publishedAt: '2026-01-05T09:30:00.000Z',
      changeType: 'new',
      board: { id: '1', slug: 'adult-treatment', name: 'Adult Treatment Editorial Board' },
    })
    expect(pazopanib.hash).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('carries only what the public sees, with related documents pinned by type, slug, version and title', () => {
    expect(pazopanib.content).toEqual({
      name: 'pazopanib',
      brandNames: ['Votrient'],
      drugClass: 'Tyrosine kinase inhibitor',
      mechanism: expect.stringMatching(/^Pazopanib blocks several tyrosine kinases/),
      route: 'oral',
      approvals: [
        {
          indication: 'Advanced soft tissue sarcoma in adults who have already received chemotherapy',
          status: 'approved',
          authority: 'FDA',
          year: 2012,
        },
        { indication: 'Advanced renal cell carcinoma', status: 'approved', authority: 'FDA', year: 2009 },
      ],
      sideEffects: ['High blood pressure', 'Diarrhea', 'Fatigue', 'Nausea', 'Lightening of hair color', 'Changes in liver function tests'],
      references: [
        {
          type: 'references',
          slug: 'pazopanib-for-metastatic-soft-tissue-sarcoma-palette-a-randomised-double-blind-placebo-controlled-phase-3-trial',
          version: 1,
          title: 'Pazopanib for metastatic soft-tissue sarcoma (PALETTE): a randomised, double-blind, placebo-controlled phase 3 trial',
        },
        expect.objectContaining({ type: 'references', version: 1, title: expect.stringMatching(/^NCCN Clinical Practice Guidelines/) }),
      ],
    })
  })

  it('logs every field as added', () => {
    expect(pazopanib.changeLog.fields).toContainEqual({ path: 'drugClass', before: null, after: 'Tyrosine kinase inhibitor' })
    expect(pazopanib.changeLog.fields).toContainEqual({ path: 'brandNames', before: null, after: ['Votrient'] })
  })

  it('formats a reference’s citation from its published fields, not the stored citation text', () => {
    const palette = findRevision(demo, 'references', pazopanib.content.references[0].slug)
    expect(palette.content.citation).toBe(
      'van der Graaf WT, Blay JY, Chawla SP, et al. Pazopanib for metastatic soft-tissue sarcoma (PALETTE): a randomised, double-blind, placebo-controlled phase 3 trial. Lancet. 2012;379(9829):1879-1886. doi:10.1016/S0140-6736(12)60651-5.',
    )
    expect(palette.content.citation).not.toContain('beforeChange')
  })
})

describe('buildRevision: a stage', () => {
  it('carries its criteria with empty bounds as null and its treatment options pinned with their notes', () => {
    const stage = findRevision(demo, 'stages', 'trunk-extremities-ia')
    expect(stage.title).toBe('Stage IA (trunk, arms and legs)')
    expect(stage.content.criteria).toEqual([{ sizeMinCm: null, sizeMaxCm: 5, grades: ['low', 'unknown'], nodes: 'N0', metastasis: 'M0' }])
    expect(stage.content.treatmentOptions[0]).toEqual({
      treatment: { type: 'treatments', slug: 'mohs-microsurgery', version: 1, title: 'Mohs micrographic surgery' },
      note: 'for small sarcomas of the skin',
    })
    expect(stage.content.treatmentOptions[1].note).toBeNull()
  })
})

describe('buildRevision: a summary', () => {
  const summary = findRevision(demo, 'summaries', SUMMARY_SLUG)
  const { content } = summary

  it('numbers citations in order of first citation and marks them [n] in the plain text', () => {
    expect(content.citations.map((citation) => citation.number)).toEqual(content.citations.map((_, index) => index + 1))
    const first = content.citations[0]
    expect(first).toMatchObject({ id: '104', reference: { type: 'references', slug: 'sarcomas-of-soft-tissue', version: 1 } })
    expect(first.citation).toMatch(/^Helman LJ, Maki RG\. Sarcomas of soft tissue\. In: Niederhuber JE/)
    expect(content.sections[0].body.text).toContain('in which the cancer began [1]. Some of them')
    const numbers = new Set([...content.sections.flatMap((section) => section.body.text.match(/\[\d+\]/g) ?? [])])
    expect(numbers.size).toBe(content.citations.length)
  })

  it('keeps the rich text as Lexical JSON citing references by id', () => {
    const lexical = JSON.stringify(content.sections[0].body.lexical)
    expect(lexical).toContain('"blockType":"citation","reference":104')
    expect(content.sections[0]).toMatchObject({
      id: 'section-general-information',
      sectionType: 'general-information',
      keyPoints: expect.arrayContaining(['Soft tissue sarcoma is diagnosed with a biopsy.']),
    })
  })

  it('pins related documents and gives review dates as calendar days', () => {
    expect(content.relatedDrugs[0]).toEqual({ type: 'drugs', slug: 'pazopanib', version: 1, title: 'pazopanib' })
    expect(content.relatedStages[0]).toEqual({
      type: 'stages',
      slug: 'trunk-extremities-ia',
      version: 1,
      title: 'Stage IA (trunk, arms and legs)',
    })
    expect(content.relatedTreatments).toHaveLength(18)
    expect(content).toMatchObject({ lastComprehensiveReviewAt: '2023-06-02', nextComprehensiveReviewAt: '2026-06-02' })
  })

  it('is the same whether relationships were read as ids or populated (drafts never leak in)', () => {
    const doc = summaryDoc()
    const populated = {
      ...doc,
      relatedDrugs: (doc.relatedDrugs as number[]).map((id) => ({ id, name: 'DRAFT name', createdAt: '2026-02-01' })),
      sections: JSON.parse(
        JSON.stringify(doc.sections).replace(/"reference":(\d+)/g, '"reference":{"id":$1,"title":"DRAFT title","createdAt":"2026-02-01"}'),
      ),
    }
    const fromPopulated = buildRevision({
      type: 'summaries',
      doc: populated,
      previous: null,
      resolved: demo,
      approval: importApproval,
      now: new Date('2026-01-05T09:30:00.000Z'),
    })
    expect(fromPopulated.hash).toBe(summary.hash)
    expect(JSON.stringify(fromPopulated)).not.toContain('DRAFT')
  })

  it('strips links partners must not follow (javascript:, data:, vbscript:) to their text, keeping http(s) links', () => {
    const doc = summaryDoc()
    const link = (url: string, text: string) => ({
      type: 'link',
      version: 3,
      fields: { url, linkType: 'custom' },
      children: [{ type: 'text', version: 1, text }],
    })
    const sections = JSON.parse(JSON.stringify(doc.sections))
    sections[0].body.root.children.push({
      type: 'paragraph',
      version: 1,
      children: [
        link('javascript:alert(1)', 'one'),
        link('data:text/html,x', 'two'),
        link('VBScript:msgbox(1)', 'three'),
        link('https://www.cancer.gov/', 'four'),
      ],
    })
    const built = buildRevision({
      type: 'summaries',
      doc: { ...doc, sections },
      previous: null,
      resolved: demo,
      approval: importApproval,
      now: new Date('2026-01-05T09:30:00.000Z'),
    })
    const lexical = JSON.stringify(built.content.sections[0].body.lexical)
    expect(lexical).not.toMatch(/javascript:|data:text|vbscript:/i)
    expect(lexical).toContain('"url":"https://www.cancer.gov/"')
    expect(built.content.sections[0].body.text).toContain('onetwothreefour')
  })
})

describe('buildRevision: the next version', () => {
  const v1 = findRevision(demo, 'drugs', 'pazopanib')
  const v2 = buildRevision({
    type: 'drugs',
    doc: { ...pazopanibDoc(), drugClass: 'Multikinase inhibitor', updatedAt: '2026-03-02T09:00:00.000Z' },
    previous: v1,
    resolved: demo,
    approval: boardApproval('Name the drug class as the label does'),
    now: new Date('2026-03-02T10:05:00.000Z'),
  })

  it('follows the previous version and links its hash', () => {
    expect(v2).toMatchObject({
      version: 2,
      previousHash: v1.hash,
      publishedAt: '2026-03-02T10:05:00.000Z',
      publicNote: 'Name the drug class as the label does',
      approvedBy: [
        { id: '4', name: 'Dr. Rosa Reyes' },
        { id: '5', name: 'Dr. Sam Okafor' },
      ],
    })
    expect(v2.hash).not.toBe(v1.hash)
  })

  it('logs only what changed in the public content', () => {
    expect(v2.changeLog.fields).toEqual([{ path: 'drugClass', before: 'Tyrosine kinase inhibitor', after: 'Multikinase inhibitor' }])
    expect(v2.changeLog.summary).toMatchObject({ fieldsChanged: 1, sectionsAdded: 0 })
  })

  it('pins documents that link to it to its new version when they publish next', () => {
    const therapy = findRevision(demo, 'treatments', 'tyrosine-kinase-inhibitor-therapy')
    const next = buildRevision({
      type: 'treatments',
      doc: treatmentDocs().find((doc) => doc.slug === 'tyrosine-kinase-inhibitor-therapy')!,
      previous: therapy,
      resolved: [...demo, v2],
      approval: boardApproval('Re-pin drugs'),
      now: new Date('2026-03-03T10:00:00.000Z'),
    })
    expect(next.content.drugs).toContainEqual({ type: 'drugs', slug: 'pazopanib', version: 2, title: 'pazopanib' })
    expect(next.changeLog.fields).toEqual([
      { path: 'drugs', before: expect.arrayContaining(['drugs/pazopanib/v1']), after: expect.arrayContaining(['drugs/pazopanib/v2']) },
    ])
  })

  it('reports section and citation changes in a summary by section id', () => {
    const v1Summary = findRevision(demo, 'summaries', SUMMARY_SLUG)
    const doc = summaryDoc()
    const sections = doc.sections as { id: string; title: string; body: unknown }[]
    sections[1] = { ...sections[1], title: `${sections[1].title} (updated)` }
    sections.reverse()
    const next = buildRevision({
      type: 'summaries',
      doc,
      previous: v1Summary,
      resolved: demo,
      approval: boardApproval('Reorder'),
      now: new Date('2026-03-04T00:00:00.000Z'),
    })
    expect(next.changeLog.sections.order).not.toBeNull()
    expect(next.changeLog.sections.changed.find((change) => change.id === sections.at(-2)!.id)).toMatchObject({
      titleBefore: expect.any(String),
      title: expect.stringMatching(/\(updated\)$/),
    })
    expect(next.changeLog.citations).toEqual({ added: [], removed: [] })
    expect(hasChanges(next.changeLog)).toBe(true)
  })
})

describe('buildRevision: what cannot be published', () => {
  const now = new Date('2026-03-05T00:00:00.000Z')

  it('lists every content problem with its path', () => {
    const doc = { ...pazopanibDoc(), drugClass: '  ', route: 'by-post', references: [101, 999] }
    const issues = issuesOf(() => buildRevision({ type: 'drugs', doc, previous: null, resolved: demo, approval: importApproval, now }))
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'content.references.1', message: 'references 999 has no published revision to link to' },
        { path: 'content.drugClass', message: 'must not be blank' },
        { path: 'content.route', message: expect.stringContaining('must be one of oral, intravenous') },
      ]),
    )
    expect(issues).toHaveLength(3)
  })

  it('refuses a citation of a reference that has no published revision', () => {
    const resolved = demo.filter((revision) => !(revision.type === 'references' && revision.documentId === '104'))
    const issues = issuesOf(() =>
      buildRevision({ type: 'summaries', doc: summaryDoc(), previous: null, resolved, approval: importApproval, now }),
    )
    expect(issues).toContainEqual({ path: 'content.sections.0.body', message: 'references 104 has no published revision to link to' })
  })

  it('refuses a link to a retired document', () => {
    const pazopanib = findRevision(demo, 'drugs', 'pazopanib')
    const retired = buildRetirement({ previous: pazopanib, approval: boardApproval('Withdrawn'), now })
    const issues = issuesOf(() =>
      buildRevision({ type: 'summaries', doc: summaryDoc(), previous: null, resolved: [...demo, retired], approval: importApproval, now }),
    )
    expect(issues).toEqual([{ path: 'content.relatedDrugs.0', message: 'drugs 201 (pazopanib) is retired and cannot be linked to' }])
  })

  it('refuses sections without unique ids, since the change log follows sections by id', () => {
    const doc = summaryDoc()
    const sections = doc.sections as { id: string }[]
    sections[1] = { ...sections[1], id: sections[0].id }
    const issues = issuesOf(() => buildRevision({ type: 'summaries', doc, previous: null, resolved: demo, approval: importApproval, now }))
    expect(issues).toEqual([{ path: 'content.sections', message: 'section ids must be unique' }])
  })

  it('refuses a previous revision of another document', () => {
    const imatinib = findRevision(demo, 'drugs', 'imatinib')
    const issues = issuesOf(() =>
      buildRevision({ type: 'drugs', doc: pazopanibDoc(), previous: imatinib, resolved: demo, approval: importApproval, now }),
    )
    expect(issues).toEqual([{ path: 'previous', message: 'is drugs 202, not drugs 201' }])
  })

  it('refuses an approval that is not well formed', () => {
    const approval = { ...boardApproval('x'), approvedAt: 'yesterday' }
    const issues = issuesOf(() => buildRevision({ type: 'drugs', doc: pazopanibDoc(), previous: null, resolved: demo, approval, now }))
    expect(issues.map((issue) => issue.path)).toEqual(['approvedAt'])
  })

  it('names the document in the error message', () => {
    expect(() =>
      buildRevision({
        type: 'summaries',
        doc: { ...summaryDoc(), title: '' },
        previous: null,
        resolved: demo,
        approval: importApproval,
        now,
      }),
    ).toThrow(`summaries ${SUMMARY_SLUG} cannot be published: content.title: must not be blank`)
    expect(SUMMARY_ID).toBe(501)
  })
})
