import type { DecideArgs, Decision } from './types'
import { castVote } from './actions/castVote'
import { editDraft } from './actions/editDraft'
import { publishRevision } from './actions/publishRevision'
import { runScheduledPublish } from './actions/runScheduledPublish'
import { submitForReview } from './actions/submitForReview'
import { withdrawFromReview } from './actions/withdrawFromReview'
import { invalidInputFromZod } from './decision'
import { reviewActionSchema } from './schemas'

/**
 * Evaluates one action against the review: either a refusal (400 bad input, 403 not allowed for this
 * person, 409 not possible in this state), or the new review, a history event and the effects the
 * caller must carry out. Pure: nothing is mutated, sent or scheduled here.
 */
export function decide({ review, action, actor, board, now }: DecideArgs): Decision {
  const parsed = reviewActionSchema.safeParse(action)
  if (!parsed.success) return invalidInputFromZod({ error: parsed.error })

  const args = { review, actor, board, now }
  const valid = parsed.data
  switch (valid.type) {
    case 'submit':
      return submitForReview({ ...args, action: valid })
    case 'vote':
      return castVote({ ...args, action: valid })
    case 'edit':
      return editDraft({ ...args, action: valid })
    case 'publish':
      return publishRevision({ ...args, action: valid })
    case 'withdraw':
      return withdrawFromReview({ ...args, action: valid })
    case 'run-scheduled-publish':
      return runScheduledPublish({ ...args, action: valid })
  }
}
