import type { Review, Vote } from './types'

const withoutComment = ({ comment: _comment, ...vote }: Vote): Vote => vote

/**
 * A review as a reader outside its board sees it (`mayReadDeliberation`): state, round, who voted
 * what and when, but none of the board's words (vote comments, the submission note).
 */
export const withoutDeliberation = ({ note: _note, ...review }: Review): Review => ({
  ...review,
  votes: review.votes.map(withoutComment),
})
