import type { ChangeLog } from './changeLog'
import type { DiffRun } from './diffTokens'

import { describe, expect, it } from 'vitest'

import { lexical } from '../richtext/buildLexical'
import { changeLogSchema } from './changeLog'
import { diffDocuments } from './diffDocuments'
import { hasChanges } from './hasChanges'
import { pazopanib, sarcomaSummary, section, withSection } from './sarcomaFixtures'

const words = (runs: DiffRun[] | undefined, op: 'insert' | 'delete') =>
  (runs ?? [])
    .filter((run) => run.op === op)
    .flatMap((run) => run.tokens)
    .flatMap((token) => (token.kind === 'word' ? [token.text] : []))

/** Every change log must satisfy its published schema and survive a JSON round trip unchanged. */
const diff = (args: Parameters<typeof diffDocuments>[0]): ChangeLog => {
  const changeLog = diffDocuments(args)
  expect(changeLogSchema.parse(changeLog)).toEqual(changeLog)
  expect(JSON.parse(JSON.stringify(changeLog))).toEqual(changeLog)
  return changeLog
}

describe('diffDocuments', () => {
  it('reports nothing for identical documents', () => {
    const changeLog = diff({ before: sarcomaSummary(), after: sarcomaSummary() })
    expect(hasChanges(changeLog)).toBe(false)
    expect(changeLog.summary).toEqual({
      sectionsAdded: 0,
      sectionsRemoved: 0,
      sectionsChanged: 0,
      fieldsChanged: 0,
      citationsAdded: 0,
      citationsRemoved: 0,
      wordsInserted: 0,
      wordsDeleted: 0,
    })
  })

  it('ignores ids, timestamps, status and underscore keys', () => {
    const after = { ...sarcomaSummary(), id: 42, updatedAt: '2025-01-01T00:00:00.000Z', _status: 'draft', _locked: true }
    expect(hasChanges(diff({ before: sarcomaSummary(), after }))).toBe(false)
  })

  it('shows exactly the changed word in a paragraph', () => {
    const after = withSection(sarcomaSummary(), 'targeted', (s) => ({
      ...s,
      body: lexical([
        'Targeted therapy uses drugs to identify and attack specific cancer cells [[ref:3]].',
        'Pazopanib is a tyrosine kinase inhibitor used to treat metastatic soft tissue sarcoma [[ref:7]].',
      ]),
    }))
    const changeLog = diff({ before: sarcomaSummary(), after })
    expect(changeLog.sections.changed).toHaveLength(1)
    const [change] = changeLog.sections.changed
    expect(change).toMatchObject({ id: 'targeted', title: 'Targeted Therapy', citations: { added: [], removed: [] } })
    expect(change.moved).toBeUndefined()
    expect(words(change.body, 'delete')).toEqual(['advanced'])
    expect(words(change.body, 'insert')).toEqual(['metastatic'])
    expect(changeLog.summary).toMatchObject({ sectionsChanged: 1, wordsInserted: 1, wordsDeleted: 1 })
    expect(changeLog.sections.order).toBeNull()
  })

  it('keeps section identity when sections are reordered', () => {
    const before = sarcomaSummary()
    const [general, stages, targeted, recurrent] = before.sections
    const changeLog = diff({ before, after: { ...before, sections: [general, targeted, stages, recurrent] } })
    expect(changeLog.sections.added).toEqual([])
    expect(changeLog.sections.removed).toEqual([])
    expect(changeLog.sections.changed).toHaveLength(1)
    const [moved] = changeLog.sections.changed
    expect(moved.moved).toBeDefined()
    expect(moved.body).toBeUndefined()
    expect(moved.keyPoints).toEqual({ added: [], removed: [] })
    expect(['stages', 'targeted']).toContain(moved.id)
    expect(changeLog.sections.order).toEqual({
      before: ['general', 'stages', 'targeted', 'recurrent'],
      after: ['general', 'targeted', 'stages', 'recurrent'],
    })
    expect(hasChanges(changeLog)).toBe(true)
  })

  it('moves only the section that moved', () => {
    const before = sarcomaSummary()
    const [general, stages, targeted, recurrent] = before.sections
    const changeLog = diff({ before, after: { ...before, sections: [recurrent, general, stages, targeted] } })
    expect(changeLog.sections.changed.map(({ id, moved }) => ({ id, moved }))).toEqual([{ id: 'recurrent', moved: { from: 3, to: 0 } }])
  })

  it('reports a moved section that was also edited with both its move and its body diff', () => {
    const before = sarcomaSummary()
    const edited = withSection(before, 'recurrent', (s) => ({
      ...s,
      body: lexical(['Treatment of recurrent soft tissue sarcoma may include surgery followed by chemotherapy [[ref:1]].']),
    }))
    const [general, stages, targeted, recurrent] = edited.sections
    const [change] = diff({ before, after: { ...edited, sections: [general, recurrent, stages, targeted] } }).sections.changed
    expect(change).toMatchObject({ id: 'recurrent', moved: { from: 3, to: 1 } })
    expect(words(change.body, 'delete')).toEqual(['radiation', 'therapy'])
    expect(words(change.body, 'insert')).toEqual(['chemotherapy'])
  })

  it('lists added and removed sections without marking the others as moved', () => {
    const before = sarcomaSummary()
    const [general, stages, targeted, recurrent] = before.sections
    const immunotherapy = section({
      id: 'immunotherapy',
      title: 'Immunotherapy',
      paragraphs: ['Pembrolizumab (Keytruda) is an immune checkpoint inhibitor [[ref:9]].'],
    })
    const changeLog = diff({ before, after: { ...before, sections: [immunotherapy, general, targeted, recurrent] } })
    expect(changeLog.sections.added).toEqual([{ id: 'immunotherapy', title: 'Immunotherapy' }])
    expect(changeLog.sections.removed).toEqual([{ id: 'stages', title: stages.title }])
    expect(changeLog.sections.changed).toEqual([])
    expect(changeLog.sections.order).toBeNull()
    expect(changeLog.citations).toEqual({ added: ['9'], removed: ['2'] })
    expect(changeLog.summary).toMatchObject({ sectionsAdded: 1, sectionsRemoved: 1, wordsInserted: 7 })
    expect(changeLog.summary.wordsDeleted).toBeGreaterThan(20)
  })

  it('reports citations added and removed per section and across the document', () => {
    const before = sarcomaSummary()
    const after = withSection(
      withSection(before, 'targeted', (s) => ({
        ...s,
        body: lexical([
          'Targeted therapy uses drugs to identify and attack specific cancer cells [[ref:3]] [[ref:8]].',
          'Pazopanib is a tyrosine kinase inhibitor used to treat advanced soft tissue sarcoma.',
        ]),
      })),
      'recurrent',
      (s) => ({
        ...s,
        body: lexical(['Treatment of recurrent soft tissue sarcoma may include surgery followed by radiation therapy [[ref:7]].']),
      }),
    )
    const changeLog = diff({ before, after })
    const byId = Object.fromEntries(changeLog.sections.changed.map((change) => [change.id, change]))
    expect(byId.targeted.citations).toEqual({ added: ['8'], removed: ['7'] })
    expect(byId.recurrent.citations).toEqual({ added: ['7'], removed: ['1'] })
    // 7 is still cited (now in "recurrent") and 1 still is in "general": only 8 is new to the document.
    expect(changeLog.citations).toEqual({ added: ['8'], removed: [] })
    expect(changeLog.summary).toMatchObject({ citationsAdded: 1, citationsRemoved: 0, wordsInserted: 0, wordsDeleted: 0 })
  })

  it('reports title, key point and section field changes', () => {
    const after = withSection(sarcomaSummary(), 'general', (s) => ({
      ...s,
      title: 'About Soft Tissue Sarcoma',
      sectionType: 'introduction',
      keyPoints: [
        { id: 'x', text: 'Soft tissue sarcoma is diagnosed with a biopsy.' },
        { id: 'y', text: 'Inherited disorders can increase the risk.' },
      ],
    }))
    const [change] = diff({ before: sarcomaSummary(), after }).sections.changed
    expect(change).toMatchObject({
      id: 'general',
      title: 'About Soft Tissue Sarcoma',
      titleBefore: 'General Information About Soft Tissue Sarcoma',
      keyPoints: {
        added: ['Inherited disorders can increase the risk.'],
        removed: ['Soft tissue sarcoma is a disease in which malignant cells form in the soft tissues of the body.'],
      },
      fields: [{ path: 'sectionType', before: 'overview', after: 'introduction' }],
    })
    expect(change.body).toBeUndefined()
  })

  it('accepts key points as plain strings', () => {
    const before = withSection(sarcomaSummary(), 'targeted', (s) => ({ ...s, keyPoints: ['A', 'B'] as never }))
    const after = withSection(sarcomaSummary(), 'targeted', (s) => ({ ...s, keyPoints: [' A ', 'C'] as never }))
    expect(diff({ before, after }).sections.changed[0].keyPoints).toEqual({ added: ['C'], removed: ['B'] })
  })

  it('lists a structured field change on a drug with before and after', () => {
    const after = { ...pazopanib(), drugClass: 'Multi-kinase inhibitor' }
    const changeLog = diff({ before: pazopanib(), after })
    expect(changeLog.fields).toEqual([{ path: 'drugClass', before: 'Tyrosine kinase inhibitor', after: 'Multi-kinase inhibitor' }])
    expect(changeLog.sections).toEqual({ added: [], removed: [], changed: [], order: null })
    expect(changeLog.summary.fieldsChanged).toBe(1)
  })

  it('uses dotted paths into arrays of objects and compares arrays of scalars whole', () => {
    const before = pazopanib()
    const after = {
      ...before,
      brandNames: ['Votrient', 'Armala'],
      approvals: [
        { ...before.approvals[0], status: 'withdrawn' },
        before.approvals[1],
        { id: 'a3', indication: 'Ovarian cancer', status: 'investigational', year: 2025 },
      ],
    }
    expect(diff({ before, after }).fields).toEqual([
      { path: 'brandNames', before: ['Votrient'], after: ['Votrient', 'Armala'] },
      { path: 'approvals.0.status', before: 'approved', after: 'withdrawn' },
      { path: 'approvals.2', before: null, after: { indication: 'Ovarian cancer', status: 'investigational', year: 2025 } },
    ])
  })

  it('treats a populated relationship as its id', () => {
    const before = { ...pazopanib(), manufacturer: 3 }
    expect(diff({ before, after: pazopanib() }).fields).toEqual([])
    expect(diff({ before, after: { ...pazopanib(), manufacturer: 4 } }).fields).toEqual([{ path: 'manufacturer', before: 3, after: 4 }])
  })

  it('compares rich text fields outside sections by plain text', () => {
    const after = { ...pazopanib(), description: lexical(['Pazopanib blocks several kinases [[ref:8]].']) }
    const changeLog = diff({ before: pazopanib(), after })
    expect(changeLog.fields).toEqual([
      {
        path: 'description',
        before: 'Pazopanib blocks several tyrosine kinases.',
        after: 'Pazopanib blocks several kinases.',
      },
    ])
    expect(changeLog.citations).toEqual({ added: ['8'], removed: ['7'] })
    expect(changeLog.summary).toMatchObject({ wordsDeleted: 1, wordsInserted: 0 })
  })

  it('honours the fields and ignore options', () => {
    const after = { ...pazopanib(), drugClass: 'Multi-kinase inhibitor', name: 'Pazopanib hydrochloride' }
    expect(diff({ before: pazopanib(), after, fields: ['name'] }).fields.map((f) => f.path)).toEqual(['name'])
    expect(diff({ before: pazopanib(), after, ignore: ['drugClass'] }).fields.map((f) => f.path)).toEqual(['name'])
  })

  it('treats everything as added in a new document', () => {
    const changeLog = diff({ before: null, after: sarcomaSummary() })
    expect(changeLog.sections.added.map((s) => s.id)).toEqual(['general', 'stages', 'targeted', 'recurrent'])
    expect(changeLog.sections.changed).toEqual([])
    expect(changeLog.citations).toEqual({ added: ['1', '2', '3', '7'], removed: [] })
    expect(changeLog.fields).toEqual([
      { path: 'title', before: null, after: 'Adult Soft Tissue Sarcoma Treatment' },
      { path: 'audience', before: null, after: 'patient' },
    ])
    expect(changeLog.summary.wordsInserted).toBeGreaterThan(80)
    expect(changeLog.summary.wordsDeleted).toBe(0)
  })

  it('does not throw on a malformed body and treats it as empty', () => {
    const broken = withSection(sarcomaSummary(), 'recurrent', (s) => ({ ...s, body: { root: { children: 'oops' } } as never }))
    const changeLog = diff({ before: sarcomaSummary(), after: broken })
    const [change] = changeLog.sections.changed
    expect(change.id).toBe('recurrent')
    expect(words(change.body, 'insert')).toEqual([])
    expect(words(change.body, 'delete').length).toBeGreaterThan(5)
    expect(() => diff({ before: { sections: 'x' }, after: { sections: [null, 3, { body: 5 }] } })).not.toThrow()
    expect(() => diff({ before: 'x', after: undefined })).not.toThrow()
  })
})
