/**
 * availableActions must agree with decide: an action is listed iff some valid input for it would be
 * accepted, and when it is not listed every valid input is refused with 403 or 409 (never 400).
 */
import type { AvailableAction, ReviewAction } from './types'
import type { ActorName } from './fixtures'
import { describe, expect, it } from 'vitest'
import { availableActions } from './availableActions'
import { act, actors, board, reviewIn } from './fixtures'
import { reviewStates } from './schemas'
import { systemActor } from './systemActor'

const validInputs: Record<AvailableAction, ReviewAction[]> = {
  submit: [
    { type: 'submit', changeType: 'new', note: 'n' },
    { type: 'submit', changeType: 'new', note: 'n', hasPendingChanges: true },
    { type: 'submit', changeType: 'minor-change', note: 'n', intent: 'retire' },
  ],
  vote: [
    { type: 'vote', decision: 'approve' },
    { type: 'vote', decision: 'request-changes', comment: 'c' },
    { type: 'vote', decision: 'reject', comment: 'c' },
  ],
  publish: [{ type: 'publish' }, { type: 'publish', at: '2030-01-01T00:00:00Z' }],
  withdraw: [{ type: 'withdraw', note: 'n' }],
  edit: [{ type: 'edit' }],
}

const people = [
  ...(Object.keys(actors) as ActorName[]).map((name) => ({ name, actor: actors[name] })),
  { name: 'system', actor: systemActor },
]
const cases = reviewStates.flatMap((state) => people.map(({ name, actor }) => ({ state, name, actor })))

describe('availableActions agrees with decide', () => {
  it.each(cases)('$state, $name', ({ state, actor }) => {
    const review = reviewIn({ state })
    const listed = availableActions({ review, actor, board })
    for (const [action, inputs] of Object.entries(validInputs) as [AvailableAction, ReviewAction[]][]) {
      const decisions = inputs.map((input) => act({ review, actor, action: input }))
      const someAccepted = decisions.some((decision) => decision.ok)
      expect({ action, listed: listed.includes(action) }).toEqual({ action, listed: someAccepted })
      if (!someAccepted) {
        for (const decision of decisions)
          expect(decision).toMatchObject({ ok: false, status: expect.toSatisfy((s) => s === 403 || s === 409) })
      }
    }
  })
})

describe('availableActions', () => {
  it('shows a board member only the vote while a change is in review', () => {
    expect(availableActions({ review: reviewIn({ state: 'in-review' }), actor: actors.reviewerMember, board })).toEqual(['vote'])
  })

  it('shows an editor publish, withdraw and edit on an approved change', () => {
    expect(availableActions({ review: reviewIn({ state: 'approved' }), actor: actors.editor, board })).toEqual([
      'publish',
      'withdraw',
      'edit',
    ])
  })

  it('shows a writer submit (to retire or send changes) and edit on a published document', () => {
    expect(availableActions({ review: reviewIn({ state: 'published' }), actor: actors.writer, board })).toEqual(['submit', 'edit'])
  })
})
