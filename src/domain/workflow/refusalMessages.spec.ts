import type { Accepted, Actor, Review, ReviewAction } from './types'
import { describe, expect, it } from 'vitest'
import { accepted, act, board, reviewer } from './fixtures'
import { initialReview } from './initialReview'

const writer: Actor = { id: 'writer-1', roles: ['writer'] }
const editor: Actor = { id: 'editor-1', roles: ['editor'] }
const [r1, r2] = ['r1', 'r2'].map(reviewer)
const submit: ReviewAction = { type: 'submit', changeType: 'minor-change', note: 'Clearer wording' }
const approve: ReviewAction = { type: 'vote', decision: 'approve' }

const play = (steps: [Actor, ReviewAction][], review: Review = initialReview()): Accepted => {
  let last: Accepted | undefined
  for (const [actor, action] of steps) {
    last = accepted(act({ review: last?.review ?? review, actor, action }))
  }
  return last as Accepted
}

const messageOf = (decision: ReturnType<typeof act>) => (decision.ok ? 'accepted' : decision.message)

describe('refusal messages name the state and what to do', () => {
  it('publishing an approval that was edited since: the new round and its votes', () => {
    const edited = play([
      [writer, submit],
      [r1, approve],
      [r2, approve],
      [writer, { type: 'edit' }],
    ]).review
    expect(messageOf(act({ review: edited, actor: editor, action: { type: 'publish' } }))).toBe(
      `This change was edited after approval: round 2 needs ${board.quorum} approvals, it has 0. Publish it once the board has approved it.`,
    )
  })

  it('publishing a change still in review: the votes it has against quorum', () => {
    const oneVote = play([
      [writer, submit],
      [r1, approve],
    ]).review
    expect(messageOf(act({ review: oneVote, actor: editor, action: { type: 'publish' } }))).toBe(
      `This change is in review: round 1 needs ${board.quorum} approvals, it has 1. Publish it once the board has approved it.`,
    )
  })

  it('voting on a draft: nothing was submitted yet', () => {
    expect(messageOf(act({ review: initialReview(), actor: r1, action: approve }))).toBe(
      'This change is a draft: it has not been submitted for review. There is no open round to vote in: a writer must submit the change first.',
    )
  })

  it('voting on your own submission: the four-eyes rule and the round', () => {
    const submitter = { id: 'r1', roles: ['writer', 'reviewer'] } satisfies Actor
    const review = play([[submitter, submit]]).review
    expect(messageOf(act({ review, actor: submitter, action: approve }))).toBe(
      'You submitted this change, so you cannot vote on it (four-eyes rule): round 1 needs the votes of other board members.',
    )
  })

  it('submitting a change already in review: withdraw or edit', () => {
    const review = play([[writer, submit]]).review
    expect(messageOf(act({ review, actor: writer, action: submit }))).toBe(
      `This change is in review: round 1 needs ${board.quorum} approvals, it has 0. Withdraw it before submitting again, or edit the draft to open a new round.`,
    )
  })
})
