import type { Actor, Board, ReviewAction } from './types'
import { describe, expect, it } from 'vitest'
import { accepted, act, actors, board, now } from './fixtures'
import { initialReview } from './initialReview'
import { approve, editor, play, r1, r2, r3, requestChanges, submitted, writer } from './scenarios.fixture'
import type { Step } from './scenarios.fixture'
import { systemActor } from './systemActor'
import { tally } from './tally'

describe('publishing', () => {
  const approved = () => play({ steps: [submitted, [r1, approve], [r2, approve]] }).review

  it('refuses to publish once an approver has left the board, until a current member approves', () => {
    const withoutR2: Board = { ...board, memberIds: board.memberIds.filter((id) => id !== 'r2') }
    const refused = act({ review: approved(), actor: editor, action: { type: 'publish' }, board: withoutR2 })
    expect(refused).toMatchObject({ ok: false, status: 409, reason: 'quorum-lost' })
    expect(!refused.ok && refused.message).toMatch(/only 1 of the approvals are from current board members/)
    const reapproved = accepted(act({ review: approved(), actor: r3, action: approve, board: withoutR2 }))
    const published = accepted(act({ review: reapproved.review, actor: editor, action: { type: 'publish' }, board: withoutR2 }))
    expect(published.review.state).toBe('published')
  })

  it('is never allowed to a writer, even after quorum', () => {
    const decision = act({ review: approved(), actor: writer, action: { type: 'publish' } })
    expect(decision).toMatchObject({ status: 403, reason: 'role-required' })
    if (!decision.ok) expect(decision.message).toMatch(/only editors and admins/i)
  })

  it('is refused to an editor before quorum, allowed after', () => {
    const oneVote = play({ steps: [submitted, [r1, approve]] }).review
    expect(act({ review: oneVote, actor: editor, action: { type: 'publish' } })).toMatchObject({ status: 409, reason: 'invalid-state' })
    const { review, effects } = accepted(act({ review: approved(), actor: editor, action: { type: 'publish' } }))
    expect(review.state).toBe('published')
    expect(effects).toEqual([{ type: 'publish', round: 1, intent: 'publish' }])
  })

  it('refuses an `at` that is not in the future, naming the field', () => {
    for (const at of ['2026-01-01T00:00:00Z', now.toISOString()]) {
      expect(act({ review: approved(), actor: editor, action: { type: 'publish', at } })).toMatchObject({
        status: 400,
        field: 'at',
        message: 'at must be in the future (leave it out to publish now)',
      })
    }
  })

  it('rejects an `at` without a time zone, naming the field', () => {
    expect(act({ review: approved(), actor: editor, action: { type: 'publish', at: '2026-04-01T09:00' } })).toMatchObject({
      status: 400,
      field: 'at',
      message: expect.stringMatching(/^at must be an ISO 8601 date-time/),
    })
  })

  it('schedules a future publication, which the job queue runs when due', () => {
    const at = '2026-04-01T09:00:00.000Z'
    const scheduled = accepted(act({ review: approved(), actor: editor, action: { type: 'publish', at } }))
    expect(scheduled.review).toMatchObject({ state: 'approved', scheduledFor: at, scheduledRound: 1 })
    expect(scheduled.effects).toEqual([{ type: 'schedule-publish', round: 1, at }])

    const run: ReviewAction = { type: 'run-scheduled-publish', round: 1 }
    expect(act({ review: scheduled.review, actor: systemActor, action: run })).toMatchObject({ status: 409, reason: 'not-due' })
    expect(act({ review: scheduled.review, actor: editor, action: run })).toMatchObject({ status: 403, reason: 'system-only' })
    const due = accepted(act({ review: scheduled.review, actor: systemActor, action: run, at: new Date(at) }))
    expect(due.review).toMatchObject({ state: 'published' })
    expect(due.review.scheduledFor).toBeUndefined()
    expect(due.effects).toEqual([{ type: 'publish', round: 1, intent: 'publish' }])
  })

  it('cancels a scheduled publication on any edit; the queued job is then refused', () => {
    const at = '2026-04-01T09:00:00.000Z'
    const scheduled = accepted(act({ review: approved(), actor: editor, action: { type: 'publish', at } })).review
    const edited = accepted(act({ review: scheduled, actor: writer, action: { type: 'edit' } }))
    expect(edited.review).toMatchObject({ state: 'in-review', round: 2 })
    expect(edited.review.scheduledFor).toBeUndefined()
    expect(edited.effects[0]).toEqual({ type: 'cancel-scheduled-publish', round: 1, at })

    const late = new Date('2026-05-01T00:00:00Z')
    const job = act({ review: edited.review, actor: systemActor, action: { type: 'run-scheduled-publish', round: 1 }, at: late })
    expect(job).toMatchObject({ status: 409, reason: 'invalid-state' })
  })

  it('refuses a job from an earlier round even if the new round is approved and scheduled', () => {
    const at = '2026-04-01T09:00:00.000Z'
    const steps: Step[] = [
      submitted,
      [r1, approve],
      [r2, approve],
      [editor, { type: 'publish', at }],
      [writer, { type: 'edit' }],
      [r1, approve],
      [r3, approve],
      [editor, { type: 'publish', at }],
    ]
    const { review } = play({ steps })
    expect(review).toMatchObject({ state: 'approved', round: 2, scheduledRound: 2 })
    const job = act({ review, actor: systemActor, action: { type: 'run-scheduled-publish', round: 1 }, at: new Date(at) })
    expect(job).toMatchObject({ status: 409, reason: 'schedule-mismatch' })
  })

  it('publishes on quorum when the board auto-publishes', () => {
    const auto: Board = { ...board, autoPublish: true }
    const { review, effects } = play({ steps: [submitted, [r1, approve], [r2, approve]], on: auto })
    expect(review.state).toBe('published')
    expect(effects.map((e) => e.type)).toEqual(['notify-submitter', 'notify-managing-editors-quorum', 'publish'])
  })
})

describe('withdrawing', () => {
  it('lets the submitter pull the change back, with a note', () => {
    const { review } = play({ steps: [submitted, [r1, approve]] })
    expect(act({ review, actor: writer, action: { type: 'withdraw', note: ' ' } })).toMatchObject({ status: 400, field: 'note' })
    const withdrawn = accepted(act({ review, actor: writer, action: { type: 'withdraw', note: 'New data coming' } }))
    expect(withdrawn.review.state).toBe('withdrawn')
    expect(withdrawn.event).toMatchObject({ action: 'withdraw', note: 'New data coming', fromState: 'in-review' })
    expect(act({ review: withdrawn.review, actor: r2, action: approve })).toMatchObject({ status: 409 })
  })

  it('refuses another writer', () => {
    const { review } = play({ steps: [submitted] })
    const other = { id: 'writer-2', roles: ['writer'] } satisfies Actor
    expect(act({ review, actor: other, action: { type: 'withdraw', note: 'n' } })).toMatchObject({ status: 403 })
  })

  it('can be resubmitted as a new round', () => {
    const { review } = play({ steps: [submitted, [writer, { type: 'withdraw', note: 'Later' }], submitted] })
    expect(review).toMatchObject({ state: 'in-review', round: 2 })
  })
})

describe('retiring', () => {
  it('goes through the same review and ends in retired', () => {
    const published = initialReview({ state: 'published' })
    const retire: Step = [writer, { type: 'submit', changeType: 'minor-change', note: 'Superseded', intent: 'retire' }]
    const approved = play({ review: published, steps: [retire, [r1, approve], [r2, approve]] })
    expect(approved.review).toMatchObject({ state: 'approved', intent: 'retire' })
    const { review, effects } = accepted(act({ review: approved.review, actor: editor, action: { type: 'publish' } }))
    expect(review.state).toBe('retired')
    expect(effects).toEqual([{ type: 'publish', round: 1, intent: 'retire' }])
  })
})

describe('changes requested', () => {
  it('goes back to the writer, who edits and resubmits for a fresh round', () => {
    const { review, effects } = play({ steps: [submitted, [r1, requestChanges], [writer, { type: 'edit' }], submitted] })
    expect(review).toMatchObject({ state: 'in-review', round: 2 })
    expect(tally({ review, board })).toMatchObject({ round: 2, approvals: 0, requestsForChanges: 0 })
    expect(effects[0]).toMatchObject({ type: 'notify-reviewers', reason: 'submitted', round: 2 })
  })

  it('keeps an editor of an earlier round out of later votes on the same change', () => {
    const editingMember = { id: 'r3', roles: ['editor', 'reviewer'] } satisfies Actor
    const { review } = play({ steps: [submitted, [r1, requestChanges], [editingMember, { type: 'edit' }], submitted] })
    expect(act({ review, actor: editingMember, action: approve })).toMatchObject({ status: 403, reason: 'four-eyes-editor' })
  })
})

describe('decide is pure', () => {
  it('does not mutate the review it is given', () => {
    const { review } = play({ steps: [submitted, [r1, approve]] })
    const snapshot = structuredClone(review)
    accepted(act({ review, actor: r2, action: approve }))
    accepted(act({ review, actor: writer, action: { type: 'edit' } }))
    expect(review).toEqual(snapshot)
  })

  it('refuses an unknown action type, naming the field', () => {
    expect(act({ review: initialReview(), actor: actors.admin, action: { type: 'approve' } as never })).toMatchObject({
      status: 400,
      field: 'type',
      message: 'type must be one of submit, vote, edit, publish, withdraw, run-scheduled-publish',
    })
  })
})

describe('reworking a change sent back for changes', () => {
  it('closes the round on the first edit, so nobody can approve the reworked text before it is resubmitted', () => {
    const sentBack = play({ steps: [submitted, [r1, approve], [r2, requestChanges]] }).review
    const edited = play({ review: sentBack, steps: [[writer, { type: 'edit' }]] }).review
    expect(edited).toMatchObject({ state: 'draft', round: 1 })

    const lateApproval = act({ review: edited, actor: r2, action: approve })
    expect(lateApproval).toMatchObject({ ok: false, status: 409 })

    const resubmitted = play({ review: edited, steps: [submitted] }).review
    expect(resubmitted).toMatchObject({ state: 'in-review', round: 2 })
    expect(tally({ review: resubmitted, board }).approvals).toBe(0)
  })
})
