import type { Accepted, Actor, Board, Review, ReviewAction } from './types'
import { accepted, act, board, reviewer } from './fixtures'
import { initialReview } from './initialReview'

/** The people and steps the decide scenarios play (decide.scenarios.spec.ts, decide.lifecycle.spec.ts). */
export const writer: Actor = { id: 'writer-1', roles: ['writer'] }
export const editor: Actor = { id: 'editor-1', roles: ['editor'] }
export const [r1, r2, r3] = ['r1', 'r2', 'r3'].map(reviewer)

export type Step = [Actor, ReviewAction]

/** Applies the steps in order, failing on the first refusal; returns the last decision. */
export function play({ review = initialReview(), steps, on = board }: { review?: Review; steps: Step[]; on?: Board }) {
  let current = review
  let last: Accepted | undefined
  for (const [actor, action] of steps) {
    last = accepted(act({ review: current, actor, action, board: on }))
    current = last.review
  }
  if (!last) throw new Error('play needs at least one step')
  return last
}

export const submitted: Step = [writer, { type: 'submit', changeType: 'major-change', note: 'New trial data' }]
export const approve: ReviewAction = { type: 'vote', decision: 'approve' }
export const requestChanges: ReviewAction = { type: 'vote', decision: 'request-changes', comment: 'Cite the source' }
