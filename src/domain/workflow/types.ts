import type { z } from 'zod'
import type { Refusal as DomainRefusal } from '../errors'
import type {
  actorSchema,
  boardSchema,
  changeTypeSchema,
  effectSchema,
  intentSchema,
  reviewActionSchema,
  reviewSchema,
  reviewStateSchema,
  voteDecisionSchema,
  voteSchema,
} from './schemas'

export type { Role } from '../people/roles'

export type ReviewState = z.infer<typeof reviewStateSchema>
export type ChangeType = z.infer<typeof changeTypeSchema>
export type VoteDecision = z.infer<typeof voteDecisionSchema>
export type Intent = z.infer<typeof intentSchema>

export type Vote = z.infer<typeof voteSchema>
export type Review = z.infer<typeof reviewSchema>
export type Actor = z.infer<typeof actorSchema>
export type Board = z.infer<typeof boardSchema>
export type Effect = z.infer<typeof effectSchema>

/** An action as the glue passes it to `decide` (validated there). */
export type ReviewAction = z.input<typeof reviewActionSchema>
/** An action after validation: text trimmed, blank comments removed. */
export type ParsedAction = z.infer<typeof reviewActionSchema>
export type ReviewActionType = ParsedAction['type']
export type ActionOf<T extends ReviewActionType> = Extract<ParsedAction, { type: T }>

/** Why the workflow refused, finer than the wire's `code` (for tests and logs). */
export type RefusalCode =
  | 'invalid-input'
  | 'role-required'
  | 'not-board-member'
  | 'four-eyes-submitter'
  | 'four-eyes-editor'
  | 'invalid-state'
  | 'nothing-to-submit'
  | 'nothing-to-retire'
  | 'already-retired'
  | 'system-only'
  | 'schedule-mismatch'
  | 'not-due'
  | 'quorum-lost'

export type Refusal = DomainRefusal<RefusalCode>

/** One line of the document's review history. */
export type ReviewEvent = {
  action: ReviewActionType
  actorId: string
  at: string
  fromState: ReviewState
  toState: ReviewState
  round: number
  note?: string
  publicNote?: string
  comment?: string
  decision?: VoteDecision
  changeType?: ChangeType
  intent?: Intent
  scheduledFor?: string
}

export type Accepted = {
  ok: true
  /** The new value; the review passed in is never mutated. */
  review: Review
  event: ReviewEvent
  effects: Effect[]
}

export type Decision = Accepted | Refusal

/** Actions a person can take from the admin UI (the scheduled run is the job queue's). */
export type AvailableAction = 'submit' | 'vote' | 'publish' | 'withdraw' | 'edit'

export type Tally = {
  round: number
  approvals: number
  requestsForChanges: number
  rejections: number
  quorum: number
  quorumMet: boolean
  /** Each current member's latest vote in this round. */
  votes: Vote[]
  /** The latest votes in this round of people no longer on the board, with why they do not count. */
  notCounted: (Vote & { reason: string })[]
}

export type DecideArgs = {
  review: Review
  action: ReviewAction
  actor: Actor
  board: Board
  now: Date
}

/** What each action's rule receives from `decide`, with its action already validated. */
export type ActionArgs<T extends ReviewActionType> = Omit<DecideArgs, 'action'> & {
  action: ActionOf<T>
}
