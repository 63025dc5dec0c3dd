import { describe, expect, it } from 'vitest'

import { withoutDeliberation } from './deliberation'
import { initialReview } from './initialReview'

const review = {
  ...initialReview({ state: 'draft' }),
  state: 'in-review' as const,
  round: 1,
  note: 'Updated the chemotherapy section',
  votes: [
    { round: 1, voterId: 'r1', decision: 'request-changes' as const, comment: 'Cite the 2023 trial', at: '2026-01-01T00:00:00.000Z' },
    { round: 1, voterId: 'r2', decision: 'approve' as const, at: '2026-01-02T00:00:00.000Z' },
  ],
}

describe('a review outside its board', () => {
  it('keeps the state, round and who voted what', () => {
    const shown = withoutDeliberation(review)
    expect(shown).toMatchObject({ state: 'in-review', round: 1 })
    expect(shown.votes.map(({ voterId, decision }) => [voterId, decision])).toEqual([
      ['r1', 'request-changes'],
      ['r2', 'approve'],
    ])
  })

  it('has no vote comment and no submission note', () => {
    const shown = withoutDeliberation(review)
    expect(JSON.stringify(shown)).not.toContain('Cite the 2023 trial')
    expect(JSON.stringify(shown)).not.toContain('Updated the chemotherapy section')
  })
})
