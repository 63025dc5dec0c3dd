/** Shared test data for the workflow specs (not exported from the module). */
import type { Accepted, Actor, Board, Decision, Review, ReviewAction, ReviewState } from './types'
import { decide } from './decide'

export const now = new Date('2026-03-01T12:00:00.000Z')

export const actors = {
  writer: { id: 'w', roles: ['writer'] },
  editor: { id: 'e', roles: ['editor'] },
  admin: { id: 'a', roles: ['admin'] },
  reviewerMember: { id: 'r1', roles: ['reviewer'] },
  reviewerNonMember: { id: 'rx', roles: ['reviewer'] },
  submitterMember: { id: 's', roles: ['writer', 'reviewer'] },
  roundAuthor: { id: 're', roles: ['editor', 'reviewer'] },
} satisfies Record<string, Actor>

export type ActorName = keyof typeof actors

export const reviewer = (id: string): Actor => ({ id, roles: ['reviewer'] })

export const board: Board = {
  id: 'adult-treatment',
  memberIds: ['r1', 'r2', 'r3', 's', 're'],
  quorum: 2,
  autoPublish: false,
}

export const otherBoard: Board = {
  id: 'pediatric-treatment',
  memberIds: ['rx', 'p1', 'p2'],
  quorum: 2,
  autoPublish: false,
}

const at = '2026-02-20T10:00:00.000Z'

const base: Omit<Review, 'state'> = {
  round: 2,
  intent: 'publish',
  changeType: 'minor-change',
  note: 'Updated five-year survival figures',
  submittedBy: 's',
  roundEditors: ['s', 're'],
  votes: [{ round: 1, voterId: 'r2', decision: 'request-changes', comment: 'Cite the 2025 trial', at }],
}

/** A review in each state, as the table tests need it: submitted by `s`, edited by `re`, round 2. */
export function reviewIn({ state }: { state: ReviewState }): Review {
  const votes = (...decisions: ['r2' | 'r3', 'approve' | 'request-changes' | 'reject'][]) => [
    ...base.votes,
    ...decisions.map(([voterId, decision]) => ({
      round: 2,
      voterId,
      decision,
      ...(decision !== 'approve' && { comment: 'See the inline notes' }),
      at,
    })),
  ]
  switch (state) {
    case 'in-review':
      return { ...base, state, votes: votes(['r2', 'approve']) }
    case 'changes-requested':
      return { ...base, state, votes: votes(['r2', 'request-changes']) }
    case 'approved':
      return {
        ...base,
        state,
        votes: votes(['r2', 'approve'], ['r3', 'approve']),
        approvedAt: at,
        approvedBy: ['r2', 'r3'],
        scheduledFor: '2026-03-01T08:00:00.000Z',
        scheduledRound: 2,
      }
    case 'rejected':
      return { ...base, state, votes: votes(['r2', 'reject']) }
    case 'published':
      return { ...base, state, roundEditors: [], votes: votes(['r2', 'approve'], ['r3', 'approve']) }
    case 'retired':
      return { ...base, state, intent: 'retire', roundEditors: [], votes: votes(['r2', 'approve'], ['r3', 'approve']) }
    case 'draft':
    case 'withdrawn':
      return { ...base, state, votes: votes() }
  }
}

type ActArgs = { review: Review; actor: Actor; action: ReviewAction; board?: Board; at?: Date }

export function act({ review, actor, action, board: onBoard = board, at: when = now }: ActArgs): Decision {
  return decide({ review, actor, action, board: onBoard, now: when })
}

/** Unwraps an accepted decision; a refusal fails the test with its message. */
export function accepted(decision: Decision): Accepted {
  if (!decision.ok) throw new Error(`expected the action to be accepted, got ${decision.status} ${decision.code}: ${decision.message}`)
  return decision
}
