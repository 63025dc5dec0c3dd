import type { ActionArgs, Decision } from '../types'
import { accept } from '../decision'
import { refuseScheduledRun } from '../guards'
import { publishNow } from '../transitions'

/** The job queue's publication of a scheduled change; refused if anything changed since it was queued. */
export function runScheduledPublish({ review, action, actor, board, now }: ActionArgs<'run-scheduled-publish'>): Decision {
  const refusal = refuseScheduledRun({ review, actor, board, round: action.round, now })
  if (refusal) return refusal

  const published = publishNow({ review })
  return accept({
    from: review,
    to: published.review,
    actor,
    now,
    action: 'run-scheduled-publish',
    details: { intent: review.intent },
    effects: published.effects,
  })
}
