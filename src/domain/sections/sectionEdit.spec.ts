import { describe, expect, it } from 'vitest'

import { isRefusal } from '@/domain/errors'

import { editsSectionsInline } from './inlineEditing'
import { applySectionEdit, removeSection, sectionContentOf, sectionFingerprint } from './sectionEdit'

const body = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })
const sections = [
  { id: 'a', title: 'General Information', level: 1, pdqId: '_1', sectionType: 'other', keyPoints: [], body: body('One.') },
  {
    id: 'b',
    title: 'Stage I',
    level: 2,
    pdqId: '_2',
    sectionType: 'other',
    keyPoints: [{ id: 'k', text: 'A key point.' }],
    body: body('Two.'),
  },
  { id: 'c', title: 'Stage II', level: 2, pdqId: '_3', sectionType: 'other', keyPoints: [], body: body('Three.') },
]

describe('applySectionEdit', () => {
  it('replaces the edited section in place, keeping its row id and the other sections untouched', () => {
    const content = { ...sectionContentOf(sections[1]), body: body('Two, changed.') }
    const next = applySectionEdit(sections, { sectionId: 'b', baseFingerprint: sectionFingerprint(sections[1]), content })
    expect(isRefusal(next)).toBe(false)
    const rows = next as typeof sections
    expect(rows.map((row) => row.id)).toEqual(['a', 'b', 'c'])
    expect(rows[1].body).toEqual(body('Two, changed.'))
    expect(rows[0]).toBe(sections[0])
    expect(rows[2]).toBe(sections[2])
  })

  it('refuses with 409 when the section changed in the summary since the edit was opened', () => {
    const opened = sectionFingerprint(sections[1])
    const changed = sections.map((row) => (row.id === 'b' ? { ...row, body: body('Someone else’s text.') } : row))
    const result = applySectionEdit(changed, { sectionId: 'b', baseFingerprint: opened, content: sectionContentOf(sections[1]) })
    expect(result).toMatchObject({ ok: false, status: 409, reason: 'section-changed' })
    expect((result as { message: string }).message).toMatch(/changed in the summary since you opened it/)
  })

  it('refuses with 409 when the section was removed since the edit was opened', () => {
    const result = applySectionEdit(sections.slice(0, 1), {
      sectionId: 'b',
      baseFingerprint: sectionFingerprint(sections[1]),
      content: sectionContentOf(sections[1]),
    })
    expect(result).toMatchObject({ status: 409, reason: 'section-removed' })
  })

  it('inserts a new section after the one it was added from', () => {
    const content = sectionContentOf({ title: 'Stage IB', level: 3 })
    const next = applySectionEdit(sections, { sectionId: 'n', insertAfter: 'b', baseFingerprint: null, content }) as typeof sections
    expect(next.map((row) => row.id)).toEqual(['a', 'b', 'n', 'c'])
    expect(next[2]).toMatchObject({ title: 'Stage IB', level: 3, sectionType: 'other', keyPoints: [] })
  })

  it('refuses a new section whose anchor is gone', () => {
    const result = applySectionEdit(sections, { sectionId: 'n', insertAfter: 'zz', baseFingerprint: null, content: sectionContentOf({}) })
    expect(result).toMatchObject({ status: 409, reason: 'anchor-removed' })
  })
})

describe('sectionFingerprint', () => {
  it('ignores row ids and key order but not content', () => {
    const reordered = {
      body: sections[1].body,
      keyPoints: [{ text: 'A key point.', id: 'other' }],
      sectionType: 'other',
      pdqId: '_2',
      level: 2,
      title: 'Stage I',
      id: 'x',
    }
    expect(sectionFingerprint(reordered)).toBe(sectionFingerprint(sections[1]))
    expect(sectionFingerprint({ ...sections[1], title: 'Stage I.' })).not.toBe(sectionFingerprint(sections[1]))
  })
})

describe('removeSection', () => {
  it('removes the section', () => {
    expect((removeSection(sections, 'b') as typeof sections).map((row) => row.id)).toEqual(['a', 'c'])
  })

  it('refuses to remove a missing section (404) or the last one (409)', () => {
    expect(removeSection(sections, 'zz')).toMatchObject({ status: 404, reason: 'no-section' })
    expect(removeSection(sections.slice(0, 1), 'a')).toMatchObject({ status: 409, reason: 'last-section' })
  })
})

describe('editsSectionsInline', () => {
  it('keeps short summaries in one form and long ones section by section', () => {
    expect(editsSectionsInline(11)).toBe(true)
    expect(editsSectionsInline(40)).toBe(true)
    expect(editsSectionsInline(41)).toBe(false)
  })
})
