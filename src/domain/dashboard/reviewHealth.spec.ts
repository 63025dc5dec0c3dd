import { describe, expect, it } from 'vitest'

import { byMonthsSinceReview, dueSummaries, monthsBetween, roundsByAge, staleReferences, turnaroundByBoard } from './reviewHealth'

const now = new Date('2026-12-01T12:00:00Z')
const summary = (id: string, next: string | null, last: string | null = null) => ({
  id,
  title: `Summary ${id}`,
  boardId: '1',
  nextComprehensiveReviewAt: next,
  lastComprehensiveReviewAt: last,
})

describe('dueSummaries', () => {
  it('lists overdue summaries first, then those due within 30 days, and leaves out later ones', () => {
    const due = dueSummaries({
      summaries: [
        summary('later', '2027-03-01'),
        summary('soon', '2026-12-20'),
        summary('overdue', '2026-10-01'),
        summary('unplanned', null),
      ],
      now,
    })
    expect(due.map(({ id, overdue }) => [id, overdue])).toEqual([
      ['overdue', true],
      ['soon', false],
    ])
  })

  it('takes a summary without a planned date as due three years after its last comprehensive review', () => {
    const [due] = dueSummaries({ summaries: [summary('old', null, '2023-06-01')], now })
    expect(due).toMatchObject({ id: 'old', overdue: true, dueAt: '2026-06-01T00:00:00.000Z' })
  })
})

describe('staleReferences', () => {
  const reference = (id: string, lastReviewedAt: string | null) => ({ id, title: id, boardId: '1', lastReviewedAt, retracted: false })

  it('keeps references reviewed before the window, or never, the longest unreviewed first', () => {
    const stale = staleReferences({
      references: [
        reference('recent', '2025-01-01'),
        reference('old', '2022-05-01'),
        reference('older', '2019-01-01'),
        reference('never', null),
      ],
      now,
      windowYears: 3,
    })
    expect(stale.map(({ id }) => id)).toEqual(['never', 'older', 'old'])
  })

  it('follows the window the setting gives', () => {
    expect(staleReferences({ references: [reference('r', '2025-01-01')], now, windowYears: 1 }).map(({ id }) => id)).toEqual(['r'])
  })
})

describe('monthsBetween', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween(new Date('2026-06-15T00:00:00Z'), now)).toBe(5)
    expect(monthsBetween(new Date('2026-06-01T00:00:00Z'), now)).toBe(6)
    expect(monthsBetween(new Date('2027-01-01T00:00:00Z'), now)).toBe(0)
  })
})

describe('byMonthsSinceReview', () => {
  it('puts each document in one bucket, never-reviewed ones apart', () => {
    const buckets = byMonthsSinceReview({ reviewedAt: ['2026-11-01', '2026-03-01', '2025-06-01', '2021-01-01', null, null], now })
    expect(buckets.map(({ label, count }) => [label, count])).toEqual([
      ['under 6', 1],
      ['6–11', 1],
      ['12–23', 1],
      ['24–35', 0],
      ['36 or more', 1],
      ['never', 2],
    ])
  })

  it('gives each bucket the dates it stands for, so its number can link to the list filtered alike', () => {
    const [recent, , , , oldest] = byMonthsSinceReview({ reviewedAt: [], now })
    expect(recent).toMatchObject({ from: '2026-06-01T12:00:00.000Z', to: now.toISOString() })
    expect(oldest).toMatchObject({ from: null, to: '2023-12-01T12:00:00.000Z' })
  })
})

describe('roundsByAge', () => {
  it('counts open rounds by days since they opened', () => {
    const buckets = roundsByAge({
      openedAt: ['2026-11-30T00:00:00Z', '2026-11-20T00:00:00Z', '2026-11-10T00:00:00Z', '2026-09-01T00:00:00Z', null],
      now,
    })
    expect(buckets.map(({ count }) => count)).toEqual([2, 1, 1, 1])
  })
})

describe('turnaroundByBoard', () => {
  const event = (docKey: string, action: string, createdAt: string, toState = 'in-review', boardId = '1', fromState = 'approved') => ({
    docKey,
    boardId,
    action,
    fromState,
    toState,
    round: 1,
    createdAt,
  })

  it('gives the median days from the last submission to the publication, per board, over the last 12 months', () => {
    const turnaround = turnaroundByBoard({
      events: [
        event('drugs:1', 'submit', '2026-10-01T00:00:00Z'),
        event('drugs:1', 'publish', '2026-10-03T00:00:00Z', 'published'),
        event('drugs:2', 'submit', '2026-09-01T00:00:00Z'),
        event('drugs:2', 'submit', '2026-09-05T00:00:00Z'),
        event('drugs:2', 'publish', '2026-09-10T00:00:00Z', 'published'),
        event('drugs:3', 'submit', '2026-08-01T00:00:00Z', 'in-review', '2'),
        event('drugs:3', 'vote', '2026-08-02T00:00:00Z', 'published', '2', 'in-review'),
        // Published more than 12 months ago: left out.
        event('drugs:4', 'submit', '2025-01-01T00:00:00Z'),
        event('drugs:4', 'publish', '2025-02-01T00:00:00Z', 'published'),
      ],
      now,
    })
    expect(turnaround).toEqual([
      { boardId: '1', publications: 2, medianDays: 3.5 },
      { boardId: '2', publications: 1, medianDays: 1 },
    ])
  })

  it('does not count an import, which was never submitted', () => {
    expect(turnaroundByBoard({ events: [event('drugs:1', 'import', '2026-10-01T00:00:00Z', 'published', '1', 'draft')], now })).toEqual([])
  })
})
