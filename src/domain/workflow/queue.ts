import type { Actor, Board, Review, ReviewState } from './types'
import { refusePublish, refuseVote } from './guards'

/** A review round as the queue sees it: the document it is about and its board. */
export type QueueEntry = {
  collection: string
  documentId: string
  title: string
  review: Review
  board: Board
}

export type QueueItem = QueueEntry & {
  /** Whole days since the round opened (0 when unknown). */
  daysOpen: number
}

export type ReviewQueue = {
  /** Open rounds on my boards that I may vote on and have not voted on yet. */
  awaitingMyVote: QueueItem[]
  /** Approved changes an editor can publish (empty for everyone else). */
  readyToPublish: QueueItem[]
  /** Changes I submitted that are still under way, or were turned down. */
  submittedByMe: QueueItem[]
  /** Rounds open longer than the review period, among those I vote on, submitted or oversee. */
  overdue: QueueItem[]
}

/** How long a board has to decide on a round before it counts as overdue. */
export const REVIEW_PERIOD_DAYS = 14

const DAY_MS = 24 * 60 * 60 * 1000

const SUBMITTER_STATES: readonly ReviewState[] = ['in-review', 'changes-requested', 'approved', 'rejected']

type Args = {
  entries: readonly QueueEntry[]
  actor: Actor
  now: Date
  periodDays?: number
}

const daysOpen = (review: Review, now: Date): number =>
  review.roundOpenedAt ? Math.max(0, Math.floor((now.getTime() - Date.parse(review.roundOpenedAt)) / DAY_MS)) : 0

const hasVotedThisRound = (review: Review, actorId: string): boolean =>
  review.votes.some((vote) => vote.round === review.round && vote.voterId === actorId)

const oversees = (actor: Actor): boolean => actor.roles.includes('editor') || actor.roles.includes('admin')

/** Oldest round first: the one that has waited longest is the one to look at. */
const byAge = (a: QueueItem, b: QueueItem): number => b.daysOpen - a.daysOpen || a.title.localeCompare(b.title)

/**
 * What the signed-in person should look at: the review queue of the admin and the count in its
 * navigation. Pure: the caller loads the open reviews with their documents' titles and boards.
 */
export function reviewQueue({ entries, actor, now, periodDays = REVIEW_PERIOD_DAYS }: Args): ReviewQueue {
  const items = entries.map((entry) => ({ ...entry, daysOpen: daysOpen(entry.review, now) }))
  const concernsMe = (item: QueueItem) => oversees(actor) || item.board.memberIds.includes(actor.id) || item.review.submittedBy === actor.id

  return {
    awaitingMyVote: items
      .filter(({ review, board }) => review.state === 'in-review' && !refuseVote({ review, actor, board }))
      .filter(({ review }) => !hasVotedThisRound(review, actor.id))
      .sort(byAge),
    readyToPublish: items
      .filter(({ review, board }) => review.state === 'approved' && !refusePublish({ review, actor, board }))
      .sort(byAge),
    submittedByMe: items.filter(({ review }) => review.submittedBy === actor.id && SUBMITTER_STATES.includes(review.state)).sort(byAge),
    overdue: items.filter((item) => item.review.state === 'in-review' && item.daysOpen >= periodDays && concernsMe(item)).sort(byAge),
  }
}

/** The number shown beside "Review queue" in the navigation: what waits on this person. */
export const queueCount = (queue: ReviewQueue): number => queue.awaitingMyVote.length + queue.readyToPublish.length
