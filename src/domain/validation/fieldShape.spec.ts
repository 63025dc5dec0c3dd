import { describe, expect, it } from 'vitest'

import { dataFields, isCalendarDate, nestingDepth } from './fieldShape'

describe('isCalendarDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-01-15T10:30:00.000Z', '2026-01-15T10:30:00+02:00'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true)
  })

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-01-15T25:00:00Z', 'x', '15/01/2026', 5, null])(
    'refuses %j',
    (value) => {
      expect(isCalendarDate(value)).toBe(false)
    },
  )
})

describe('nestingDepth', () => {
  it('counts arrays and objects, not scalars', () => {
    expect([nestingDepth(1), nestingDepth([]), nestingDepth({ a: [1] }), nestingDepth([[[{}]]])]).toEqual([0, 1, 2, 4])
  })

  it('measures 100,000 levels without overflowing the stack, and stops early when told', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(nestingDepth(deep)).toBe(100_000)
    expect(nestingDepth(deep, 10)).toBe(11)
  })
})

describe('dataFields', () => {
  it('lifts the fields of rows, collapsibles, unnamed groups and unnamed tabs; a named tab is a group', () => {
    const fields = dataFields([
      { type: 'row', fields: [{ name: 'a', type: 'text' }] },
      { type: 'collapsible', fields: [{ name: 'b', type: 'text' }] },
      { type: 'group', fields: [{ name: 'c', type: 'text' }] },
      { type: 'tabs', tabs: [{ fields: [{ name: 'd', type: 'text' }] }, { name: 'e', fields: [] }] },
      { type: 'ui', name: 'notice' },
    ])
    expect(fields.map((field) => `${field.name}:${field.type}`)).toEqual(['a:text', 'b:text', 'c:text', 'd:text', 'e:group'])
  })
})
