import { describe, expect, it } from 'vitest'

import type { QueueEntry } from './queue'
import type { Review } from './types'
import { actors, board, now, otherBoard } from './fixtures'
import { queueCount, reviewQueue } from './queue'

const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString()

const review = (overrides: Partial<Review>): Review => ({
  state: 'in-review',
  round: 1,
  roundOpenedAt: daysAgo(1),
  intent: 'publish',
  changeType: 'minor-change',
  submittedBy: 'w',
  roundEditors: ['w'],
  votes: [],
  ...overrides,
})

const entry = (title: string, overrides: Partial<Review> = {}, onBoard = board): QueueEntry => ({
  collection: 'drugs',
  documentId: title,
  title,
  review: review(overrides),
  board: onBoard,
})

/** An approved round: two of the board's members approved it. */
const approved: Partial<Review> = {
  state: 'approved',
  votes: [
    { round: 1, voterId: 'r1', decision: 'approve', at: daysAgo(0) },
    { round: 1, voterId: 'r2', decision: 'approve', at: daysAgo(0) },
  ],
}

const titles = (items: { title: string }[]) => items.map((item) => item.title)

describe('reviewQueue', () => {
  it('lists an open round on my board that I have not voted on as awaiting my vote', () => {
    const queue = reviewQueue({ entries: [entry('Pazopanib')], actor: actors.reviewerMember, now })
    expect(titles(queue.awaitingMyVote)).toEqual(['Pazopanib'])
  })

  it('drops a round from my list once I voted in it, and brings it back when a new round opens', () => {
    const voted = { round: 1, voterId: 'r1', decision: 'approve' as const, at: daysAgo(0) }
    const sameRound = reviewQueue({ entries: [entry('Pazopanib', { votes: [voted] })], actor: actors.reviewerMember, now })
    const nextRound = reviewQueue({
      entries: [entry('Pazopanib', { round: 2, votes: [voted] })],
      actor: actors.reviewerMember,
      now,
    })
    expect(sameRound.awaitingMyVote).toEqual([])
    expect(titles(nextRound.awaitingMyVote)).toEqual(['Pazopanib'])
  })

  it('never asks members of another board, the submitter or an editor of the change to vote', () => {
    const entries = [entry('Pazopanib', { submittedBy: 's', roundEditors: ['s', 're'] })]
    for (const actor of [actors.reviewerNonMember, actors.submitterMember, actors.roundAuthor, actors.writer]) {
      expect(reviewQueue({ entries, actor, now }).awaitingMyVote).toEqual([])
    }
  })

  it('does not ask for votes on a change sent back for changes or already approved', () => {
    const entries = [entry('A', { state: 'changes-requested' }), entry('B', { state: 'approved' })]
    expect(reviewQueue({ entries, actor: actors.reviewerMember, now }).awaitingMyVote).toEqual([])
  })

  it('shows approved changes as ready to publish to editors and admins only', () => {
    const entries = [entry('Pazopanib', approved)]
    expect(titles(reviewQueue({ entries, actor: actors.editor, now }).readyToPublish)).toEqual(['Pazopanib'])
    expect(titles(reviewQueue({ entries, actor: actors.admin, now }).readyToPublish)).toEqual(['Pazopanib'])
    expect(reviewQueue({ entries, actor: actors.reviewerMember, now }).readyToPublish).toEqual([])
    expect(reviewQueue({ entries, actor: actors.writer, now }).readyToPublish).toEqual([])
  })

  it('shows the writer the changes they submitted while under way or turned down, not once published', () => {
    const entries = [
      entry('Open', { state: 'in-review' }),
      entry('Sent back', { state: 'changes-requested' }),
      entry('Turned down', { state: 'rejected' }),
      entry('Live', { state: 'published' }),
      entry('Someone else', { submittedBy: 'e' }),
    ]
    const queue = reviewQueue({ entries, actor: actors.writer, now })
    expect(titles(queue.submittedByMe).sort()).toEqual(['Open', 'Sent back', 'Turned down'])
  })

  it('counts a round as overdue once it has been open for the review period', () => {
    const entries = [entry('Fresh', { roundOpenedAt: daysAgo(13) }), entry('Late', { roundOpenedAt: daysAgo(14) })]
    const queue = reviewQueue({ entries, actor: actors.reviewerMember, now })
    expect(titles(queue.overdue)).toEqual(['Late'])
    expect(queue.overdue[0].daysOpen).toBe(14)
  })

  it('shows overdue rounds of another board to editors but not to that board’s outsiders', () => {
    const entries = [entry('Late elsewhere', { roundOpenedAt: daysAgo(30) }, otherBoard)]
    expect(titles(reviewQueue({ entries, actor: actors.editor, now }).overdue)).toEqual(['Late elsewhere'])
    expect(reviewQueue({ entries, actor: actors.reviewerMember, now }).overdue).toEqual([])
  })

  it('puts the round that has waited longest first', () => {
    const entries = [entry('Newer', { roundOpenedAt: daysAgo(2) }), entry('Older', { roundOpenedAt: daysAgo(9) })]
    expect(titles(reviewQueue({ entries, actor: actors.reviewerMember, now }).awaitingMyVote)).toEqual(['Older', 'Newer'])
  })

  it('does not offer an approval for publishing once an approver has left the board', () => {
    const entries = [entry('Pazopanib', approved)]
    const smallerBoard = { ...board, memberIds: board.memberIds.filter((id) => id !== 'r2') }
    expect(reviewQueue({ entries: [{ ...entries[0], board: smallerBoard }], actor: actors.editor, now }).readyToPublish).toEqual([])
  })

  it('counts what waits on the person: votes to cast and, for editors, changes to publish', () => {
    const entries = [entry('Vote on me'), entry('Publish me', approved)]
    expect(queueCount(reviewQueue({ entries, actor: actors.reviewerMember, now }))).toBe(1)
    expect(queueCount(reviewQueue({ entries, actor: actors.editor, now }))).toBe(1)
    expect(queueCount(reviewQueue({ entries, actor: actors.writer, now }))).toBe(0)
  })
})
