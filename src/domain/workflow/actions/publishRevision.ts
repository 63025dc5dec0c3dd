import type { ActionArgs, Decision } from '../types'
import { accept, invalidInput } from '../decision'
import { refusePublish } from '../guards'
import { cancelSchedule, publishNow } from '../transitions'

/** Publishes the approved change now, or schedules it for `at`, which must be in the future. */
export function publishRevision({ review, action, actor, board, now }: ActionArgs<'publish'>): Decision {
  const refusal = refusePublish({ review, actor, board })
  if (refusal) return refusal

  if (action.at !== undefined) {
    if (Date.parse(action.at) <= now.getTime()) {
      return invalidInput({ field: 'at', message: 'at must be in the future (leave it out to publish now)' })
    }
    const at = new Date(action.at).toISOString()
    return accept({
      from: review,
      to: { ...review, scheduledFor: at, scheduledRound: review.round },
      actor,
      now,
      action: 'publish',
      details: { scheduledFor: at },
      effects: [...cancelSchedule({ review }), { type: 'schedule-publish', round: review.round, at }],
    })
  }

  const published = publishNow({ review })
  return accept({
    from: review,
    to: published.review,
    actor,
    now,
    action: 'publish',
    details: { intent: review.intent },
    effects: [...cancelSchedule({ review }), ...published.effects],
  })
}
