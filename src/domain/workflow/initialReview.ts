import type { Review } from './types'

type Args = {
  /** 'published' for content imported live (e.g. by the seed); 'draft' for new content. */
  state?: 'draft' | 'published'
}

export function initialReview({ state = 'draft' }: Args = {}): Review {
  return { state, round: 0, intent: 'publish', roundEditors: [], votes: [] }
}
