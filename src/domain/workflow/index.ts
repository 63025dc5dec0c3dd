export type {
  Accepted,
  Actor,
  AvailableAction,
  Board,
  ChangeType,
  Decision,
  Effect,
  Intent,
  Refusal,
  RefusalCode,
  Review,
  ReviewAction,
  ReviewEvent,
  ReviewState,
  Role,
  Tally,
  Vote,
  VoteDecision,
} from './types'
export * from './schemas'
export { availableActions } from './availableActions'
export { decide } from './decide'
export { initialReview } from './initialReview'
export { systemActor } from './systemActor'
export { tally } from './tally'
export { latestVotesInRound, quorumMet } from './votes'
export { queueCount, REVIEW_PERIOD_DAYS, reviewQueue } from './queue'
export type { QueueEntry, QueueItem, ReviewQueue } from './queue'
export { withoutDeliberation } from './deliberation'
