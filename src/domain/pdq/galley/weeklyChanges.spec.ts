import { describe, expect, it } from 'vitest'

import { isoWeekRange, weeklyChanges } from './weeklyChanges'

describe('isoWeekRange', () => {
  it('starts ISO week 1 on the Monday of the week that holds 4 January', () => {
    expect(new Date(isoWeekRange(2026, 1)![0]).toISOString()).toBe('2025-12-29T00:00:00.000Z')
    expect(new Date(isoWeekRange(2026, 49)![0]).toISOString()).toBe('2026-11-30T00:00:00.000Z')
  })

  it('has a week 53 only in years that have one', () => {
    expect(isoWeekRange(2025, 53)).toBeNull()
    expect(isoWeekRange(2026, 53)).not.toBeNull()
    expect(new Date(isoWeekRange(2020, 53)![0]).toISOString()).toBe('2020-12-28T00:00:00.000Z')
  })
})

describe('weeklyChanges', () => {
  const week = isoWeekRange(2026, 49)!
  it('lists each document once, by id: added for a first version, modified for a later one, removed for a retirement', () => {
    const text = weeklyChanges(
      [
        { cdrId: 'CDR0000062820', version: 3, kind: 'published', publishedAt: '2026-12-01T10:00:00Z' },
        { cdrId: 'CDR0000062820', version: 4, kind: 'published', publishedAt: '2026-12-02T10:00:00Z' },
        { cdrId: 'CDR0000258102', version: 1, kind: 'published', publishedAt: '2026-12-03T10:00:00Z' },
        { cdrId: 'CDR0000256690', version: 2, kind: 'retired', publishedAt: '2026-12-06T23:59:59Z' },
        { cdrId: 'CDR0000343584', version: 2, kind: 'published', publishedAt: '2026-12-07T00:00:00Z' },
      ],
      week,
    )
    expect(text).toBe('CDR62820.xml:modified\nCDR256690.xml:removed\nCDR258102.xml:added\n')
  })

  it('is empty for a week without changes', () => {
    expect(weeklyChanges([], week)).toBe('')
  })
})
