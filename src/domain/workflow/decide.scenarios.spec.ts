import type { Actor, Review, ReviewAction } from './types'
import { describe, expect, it } from 'vitest'
import { accepted, act, board, otherBoard, now } from './fixtures'
import { initialReview } from './initialReview'
import { approve, editor, play, r1, r2, r3, requestChanges, submitted, writer } from './scenarios.fixture'
import type { Step } from './scenarios.fixture'
import { tally } from './tally'

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
