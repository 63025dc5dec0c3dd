import type { Accepted, Actor, Board, Review, ReviewAction } from './types'
import { describe, expect, it } from 'vitest'
import { accepted, act, actors, board, otherBoard, now, reviewer } from './fixtures'
import { initialReview } from './initialReview'
import { systemActor } from './systemActor'
import { tally } from './tally'

const writer: Actor = { id: 'writer-1', roles: ['writer'] }
const editor: Actor = { id: 'editor-1', roles: ['editor'] }
const [r1, r2, r3] = ['r1', 'r2', 'r3'].map(reviewer)

type Step = [Actor, ReviewAction]

/** Applies the steps in order, failing on the first refusal; returns the last decision. */
function play({ review = initialReview(), steps, on = board }: { review?: Review; steps: Step[]; on?: Board }) {
  let current = review
  let last: Accepted | undefined
  for (const [actor, action] of steps) {
    last = accepted(act({ review: current, actor, action, board: on }))
    current = last.review
  }
  if (!last) throw new Error('play needs at least one step')
  return last
}

const submitted: Step = [writer, { type: 'submit', changeType: 'major-change', note: 'New trial data' }]
const approve: ReviewAction = { type: 'vote', decision: 'approve' }
const requestChanges: ReviewAction = { type: 'vote', decision: 'request-changes', comment: 'Cite the source' }

describe('submitting for review', () => {
  it('starts round 1 in review and tells the eligible board members', () => {
    const { review, effects, event } = play({ steps: [submitted] })
    expect(review).toMatchObject({ state: 'in-review', round: 1, submittedBy: 'writer-1', changeType: 'major-change', intent: 'publish' })
    expect(effects).toEqual([{ type: 'notify-reviewers', reason: 'submitted', round: 1, reviewerIds: ['r1', 'r2', 'r3', 's', 're'] }])
    expect(event).toMatchObject({ action: 'submit', fromState: 'draft', toState: 'in-review', note: 'New trial data' })
  })

  it('keeps the note to the board apart from the optional note for readers, in the review and the audit trail', () => {
    const withPublicNote: Step = [
      writer,
      { type: 'submit', changeType: 'minor-change', note: 'Per Dr. Reyes', publicNote: 'Updated the survival figures.' },
    ]
    const { review, event } = play({ steps: [withPublicNote] })
    expect(review).toMatchObject({ note: 'Per Dr. Reyes', publicNote: 'Updated the survival figures.' })
    expect(event).toMatchObject({ note: 'Per Dr. Reyes', publicNote: 'Updated the survival figures.' })
    expect(play({ steps: [submitted] }).review.publicNote).toBeUndefined()
  })

  it('requires a note, and names it', () => {
    const review = initialReview()
    for (const note of [undefined, '', '   ', 'x'.repeat(2001)]) {
      const decision = act({ review, actor: writer, action: { type: 'submit', changeType: 'new', note } as ReviewAction })
      expect(decision).toMatchObject({ ok: false, status: 400, field: 'note' })
      if (!decision.ok) expect(decision.message).toMatch(/^note /)
    }
    const longest = act({ review, actor: writer, action: { type: 'submit', changeType: 'new', note: 'x'.repeat(2000) } })
    expect(longest.ok).toBe(true)
  })

  it('rejects an unknown change type with the list of allowed ones', () => {
    const decision = act({ review: initialReview(), actor: writer, action: { type: 'submit', changeType: 'typo', note: 'n' } as never })
    expect(decision).toMatchObject({
      status: 400,
      field: 'changeType',
      message: 'changeType must be one of new, major-change, minor-change, reformat, comprehensive-review',
    })
  })

  it('from published needs unpublished changes or a retire intent', () => {
    const review = initialReview({ state: 'published' })
    const plain: ReviewAction = { type: 'submit', changeType: 'minor-change', note: 'Typo' }
    expect(act({ review, actor: writer, action: plain })).toMatchObject({ status: 409, reason: 'nothing-to-submit' })
    expect(accepted(act({ review, actor: writer, action: { ...plain, hasPendingChanges: true } })).review).toMatchObject({
      state: 'in-review',
      round: 1,
      intent: 'publish',
    })
  })

  it('refuses to retire a document that has never been published', () => {
    const retire: ReviewAction = {
      type: 'submit',
      changeType: 'major-change',
      note: 'Withdraw',
      intent: 'retire',
      hasPublishedVersion: false,
    }
    expect(act({ review: initialReview(), actor: writer, action: retire })).toMatchObject({
      ok: false,
      status: 409,
      reason: 'nothing-to-retire',
    })
  })

  it('retires a published document whose draft has unpublished changes', () => {
    const retire: ReviewAction = {
      type: 'submit',
      changeType: 'major-change',
      note: 'Withdraw',
      intent: 'retire',
      hasPublishedVersion: true,
    }
    expect(accepted(act({ review: initialReview(), actor: writer, action: retire })).review).toMatchObject({
      state: 'in-review',
      intent: 'retire',
    })
  })

  it('brings a retired document back only as a new change', () => {
    const retired: Review = { ...initialReview({ state: 'published' }), state: 'retired', intent: 'retire' }
    const asMinor = act({ review: retired, actor: writer, action: { type: 'submit', changeType: 'minor-change', note: 'Back' } })
    expect(asMinor).toMatchObject({ status: 400, field: 'changeType', message: expect.stringContaining('retired') })
    const asNew = accepted(act({ review: retired, actor: writer, action: { type: 'submit', changeType: 'new', note: 'Back' } }))
    expect(asNew.review).toMatchObject({ state: 'in-review', intent: 'publish', changeType: 'new' })
  })

  it('is refused to a reviewer who is not a writer', () => {
    expect(act({ review: initialReview(), actor: r1, action: submitted[1] })).toMatchObject({ status: 403, reason: 'role-required' })
  })
})

describe('voting and quorum', () => {
  it('needs two distinct approvals for a quorum of 2; one is not enough', () => {
    const one = play({ steps: [submitted, [r1, approve]] })
    expect(one.review.state).toBe('in-review')
    expect(one.effects).toEqual([{ type: 'notify-submitter', submitterId: 'writer-1', decision: 'approve', round: 1, voterId: 'r1' }])

    const two = play({ steps: [submitted, [r1, approve], [r2, approve]] })
    expect(two.review).toMatchObject({ state: 'approved', approvedBy: ['r1', 'r2'], approvedAt: now.toISOString() })
    expect(two.effects.map((e) => e.type)).toEqual(['notify-submitter', 'notify-managing-editors-quorum'])
  })

  it('counts the same member approving twice once', () => {
    const { review } = play({ steps: [submitted, [r1, approve], [r1, approve]] })
    expect(review.state).toBe('in-review')
    expect(tally({ review, board }).approvals).toBe(1)
  })

  it('lets a member change a vote: the new vote counts, both stay in history', () => {
    const { review } = play({ steps: [submitted, [r1, requestChanges], [r1, approve], [r2, approve]] })
    expect(review.state).toBe('approved')
    expect(review.votes.filter((v) => v.voterId === 'r1').map((v) => v.decision)).toEqual(['request-changes', 'approve'])
  })

  it('blocks quorum while a request for changes stands, until it is changed', () => {
    const blocked = play({ steps: [submitted, [r1, requestChanges], [r2, approve], [r3, approve]] })
    expect(blocked.review.state).toBe('changes-requested')
    expect(tally({ review: blocked.review, board })).toMatchObject({ approvals: 2, requestsForChanges: 1, quorumMet: false })

    const released = accepted(act({ review: blocked.review, actor: r1, action: approve }))
    expect(released.review.state).toBe('approved')
  })

  it('tells the submitter about a request for changes, with the comment', () => {
    const { review, effects } = play({ steps: [submitted, [r1, requestChanges]] })
    expect(review.state).toBe('changes-requested')
    expect(effects).toEqual([
      {
        type: 'notify-submitter',
        submitterId: 'writer-1',
        decision: 'request-changes',
        round: 1,
        voterId: 'r1',
        comment: 'Cite the source',
      },
    ])
  })

  it('closes the round on a reject: no more votes', () => {
    const reject: ReviewAction = { type: 'vote', decision: 'reject', comment: 'Not supported by evidence' }
    const { review, effects } = play({ steps: [submitted, [r1, approve], [r2, reject]] })
    expect(review.state).toBe('rejected')
    expect(effects).toMatchObject([{ type: 'notify-submitter', decision: 'reject', comment: 'Not supported by evidence' }])
    expect(act({ review, actor: r3, action: approve })).toMatchObject({ status: 409, reason: 'invalid-state' })
  })

  it('requires a comment to request changes or reject, naming the field', () => {
    const { review } = play({ steps: [submitted] })
    for (const decision of ['request-changes', 'reject'] as const) {
      for (const comment of [undefined, '  ']) {
        expect(act({ review, actor: r1, action: { type: 'vote', decision, comment } })).toMatchObject({
          ok: false,
          status: 400,
          field: 'comment',
          message: `comment is required when decision is ${decision}`,
        })
      }
    }
  })

  it('does not let the submitter vote on their own change', () => {
    const submitter = { id: 'r1', roles: ['writer', 'reviewer'] } satisfies Actor
    const { review } = play({ steps: [[submitter, submitted[1]]] })
    const decision = act({ review, actor: submitter, action: approve })
    expect(decision).toMatchObject({ status: 403, reason: 'four-eyes-submitter' })
    if (!decision.ok) expect(decision.message).toMatch(/you submitted this change/i)
  })

  it('does not let anyone who edited the change vote on it', () => {
    const editingMember = { id: 'r2', roles: ['editor', 'reviewer'] } satisfies Actor
    const { review } = play({ steps: [submitted, [editingMember, { type: 'edit' }]] })
    const decision = act({ review, actor: editingMember, action: approve })
    expect(decision).toMatchObject({ status: 403, reason: 'four-eyes-editor' })
    if (!decision.ok) expect(decision.message).toMatch(/you edited this change/i)
  })

  it('refuses a member of another board, even an admin', () => {
    const { review } = play({ steps: [submitted] })
    const otherMember = { id: otherBoard.memberIds[1], roles: ['reviewer', 'admin'] } satisfies Actor
    const decision = act({ review, actor: otherMember, action: approve })
    expect(decision).toMatchObject({ status: 403, reason: 'not-board-member' })
    if (!decision.ok) expect(decision.message).toMatch(/editorial board/)
    expect(accepted(act({ review, actor: otherMember, action: approve, board: otherBoard })).review.votes).toHaveLength(1)
  })
})

describe('editing under review', () => {
  it('after one approval opens a new round that needs two fresh approvals; old votes stay in history', () => {
    const edited = play({ steps: [submitted, [r1, approve], [writer, { type: 'edit' }]] })
    expect(edited.review).toMatchObject({ state: 'in-review', round: 2 })
    expect(edited.effects).toEqual([{ type: 'notify-reviewers', reason: 'reopened', round: 2, reviewerIds: ['r1', 'r2', 'r3', 's', 're'] }])
    expect(edited.review.votes).toMatchObject([{ round: 1, voterId: 'r1', decision: 'approve' }])

    const afterR2 = accepted(act({ review: edited.review, actor: r2, action: approve }))
    expect(afterR2.review.state).toBe('in-review')
    expect(tally({ review: afterR2.review, board })).toMatchObject({ round: 2, approvals: 1 })

    const afterR1 = accepted(act({ review: afterR2.review, actor: r1, action: approve }))
    expect(afterR1.review.state).toBe('approved')
  })

  it('takes back an approval: approved → in review, new round', () => {
    const approved = play({ steps: [submitted, [r1, approve], [r2, approve]] })
    const { review } = accepted(act({ review: approved.review, actor: editor, action: { type: 'edit' } }))
    expect(review).toMatchObject({ state: 'in-review', round: 2 })
    expect(review.approvedAt).toBeUndefined()
  })

  it('starts a new change after publication, with new editors', () => {
    const published = play({ steps: [submitted, [r1, approve], [r2, approve], [editor, { type: 'publish' }]] })
    expect(published.review.roundEditors).toEqual([])
    const { review, effects } = accepted(act({ review: published.review, actor: writer, action: { type: 'edit' } }))
    expect(review).toMatchObject({ state: 'draft', round: 1, roundEditors: ['writer-1'] })
    expect(effects).toEqual([])
  })
})

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
