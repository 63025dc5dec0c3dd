/**
 * Every state × action × role. A cell is the state the action leads to, or the status of the refusal.
 * Columns: writer, editor, admin, reviewer (member), reviewer (not a member), submitter (member),
 * round editor (member). Fixtures: `reviewIn` — submitted by the submitter, edited by the round editor.
 */
import type { ReviewAction, ReviewState } from './types'
import type { ActorName } from './fixtures'
import { describe, expect, it } from 'vitest'
import { act, actors, reviewIn } from './fixtures'
import { reviewStates } from './schemas'
import { systemActor } from './systemActor'

type Cell = ReviewState | 403 | 409
type Row = [Cell, Cell, Cell, Cell, Cell, Cell, Cell]
const columns: ActorName[] = ['writer', 'editor', 'admin', 'reviewerMember', 'reviewerNonMember', 'submitterMember', 'roundAuthor']

const IR = 'in-review'

const table: Record<string, { action: ReviewAction; rows: Record<ReviewState, Row> }> = {
  'submit (publish)': {
    action: { type: 'submit', changeType: 'new', note: 'Rewrite of the staging section' },
    rows: {
      draft: [IR, IR, IR, 403, 403, IR, IR],
      'in-review': [409, 409, 409, 403, 403, 409, 409],
      'changes-requested': [IR, IR, IR, 403, 403, IR, IR],
      approved: [409, 409, 409, 403, 403, 409, 409],
      published: [409, 409, 409, 403, 403, 409, 409],
      rejected: [IR, IR, IR, 403, 403, IR, IR],
      withdrawn: [IR, IR, IR, 403, 403, IR, IR],
      retired: [IR, IR, IR, 403, 403, IR, IR],
    },
  },
  'submit (retire)': {
    action: { type: 'submit', changeType: 'minor-change', note: 'Superseded by the 2026 summary', intent: 'retire' },
    rows: {
      draft: [IR, IR, IR, 403, 403, IR, IR],
      'in-review': [409, 409, 409, 403, 403, 409, 409],
      'changes-requested': [IR, IR, IR, 403, 403, IR, IR],
      approved: [409, 409, 409, 403, 403, 409, 409],
      published: [IR, IR, IR, 403, 403, IR, IR],
      rejected: [IR, IR, IR, 403, 403, IR, IR],
      withdrawn: [IR, IR, IR, 403, 403, IR, IR],
      retired: [409, 409, 409, 403, 403, 409, 409],
    },
  },
  'vote (approve)': {
    action: { type: 'vote', decision: 'approve' },
    rows: {
      draft: [403, 403, 403, 409, 403, 409, 409],
      'in-review': [403, 403, 403, 'approved', 403, 403, 403],
      'changes-requested': [403, 403, 403, 'changes-requested', 403, 403, 403],
      approved: [403, 403, 403, 'approved', 403, 403, 403],
      published: [403, 403, 403, 409, 403, 409, 409],
      rejected: [403, 403, 403, 409, 403, 409, 409],
      withdrawn: [403, 403, 403, 409, 403, 409, 409],
      retired: [403, 403, 403, 409, 403, 409, 409],
    },
  },
  edit: {
    action: { type: 'edit' },
    rows: {
      draft: ['draft', 'draft', 'draft', 403, 403, 'draft', 'draft'],
      'in-review': [IR, IR, IR, 403, 403, IR, IR],
      'changes-requested': ['draft', 'draft', 'draft', 403, 403, 'draft', 'draft'],
      approved: [IR, IR, IR, 403, 403, IR, IR],
      published: ['draft', 'draft', 'draft', 403, 403, 'draft', 'draft'],
      rejected: ['draft', 'draft', 'draft', 403, 403, 'draft', 'draft'],
      withdrawn: ['draft', 'draft', 'draft', 403, 403, 'draft', 'draft'],
      retired: ['retired', 'retired', 'retired', 403, 403, 'retired', 'retired'],
    },
  },
  'publish (now)': {
    action: { type: 'publish' },
    rows: {
      draft: [403, 409, 409, 403, 403, 403, 409],
      'in-review': [403, 409, 409, 403, 403, 403, 409],
      'changes-requested': [403, 409, 409, 403, 403, 403, 409],
      approved: [403, 'published', 'published', 403, 403, 403, 'published'],
      published: [403, 409, 409, 403, 403, 403, 409],
      rejected: [403, 409, 409, 403, 403, 403, 409],
      withdrawn: [403, 409, 409, 403, 403, 403, 409],
      retired: [403, 409, 409, 403, 403, 403, 409],
    },
  },
  withdraw: {
    action: { type: 'withdraw', note: 'Waiting for the new guideline' },
    rows: {
      draft: [403, 409, 409, 403, 403, 409, 409],
      'in-review': [403, 'withdrawn', 'withdrawn', 403, 403, 'withdrawn', 'withdrawn'],
      'changes-requested': [403, 'withdrawn', 'withdrawn', 403, 403, 'withdrawn', 'withdrawn'],
      approved: [403, 'withdrawn', 'withdrawn', 403, 403, 'withdrawn', 'withdrawn'],
      published: [403, 409, 409, 403, 403, 409, 409],
      rejected: [403, 409, 409, 403, 403, 409, 409],
      withdrawn: [403, 409, 409, 403, 403, 409, 409],
      retired: [403, 409, 409, 403, 403, 409, 409],
    },
  },
  'run-scheduled-publish': {
    action: { type: 'run-scheduled-publish' },
    rows: Object.fromEntries(reviewStates.map((state) => [state, [403, 403, 403, 403, 403, 403, 403]])) as Record<ReviewState, Row>,
  },
}

const cases = Object.entries(table).flatMap(([name, { action, rows }]) =>
  reviewStates.flatMap((state) => columns.map((actorName, i) => ({ name, action, state, actorName, expected: rows[state][i] }))),
)

describe('decide: every state × action × role', () => {
  it.each(cases)('$name in $state by $actorName → $expected', ({ action, state, actorName, expected }) => {
    const review = reviewIn({ state })
    const decision = act({ review, actor: actors[actorName], action })
    if (typeof expected === 'number') {
      expect(decision).toMatchObject({ ok: false, status: expected })
      expect(review).toEqual(reviewIn({ state }))
    } else {
      expect(decision).toMatchObject({ ok: true, review: { state: expected }, event: { fromState: state, toState: expected } })
    }
  })

  it.each(reviewStates)('the job queue’s scheduled run in %s', (state) => {
    const decision = act({ review: reviewIn({ state }), actor: systemActor, action: { type: 'run-scheduled-publish' } })
    if (state === 'approved') expect(decision).toMatchObject({ ok: true, review: { state: 'published' } })
    else expect(decision).toMatchObject({ ok: false, status: 409, reason: 'invalid-state' })
  })

  it.each(reviewStates)('the system actor cannot submit, vote, edit, publish or withdraw in %s', (state) => {
    for (const { action } of Object.values(table).slice(0, -1)) {
      expect(act({ review: reviewIn({ state }), actor: systemActor, action })).toMatchObject({ ok: false, status: 403 })
    }
  })
})
