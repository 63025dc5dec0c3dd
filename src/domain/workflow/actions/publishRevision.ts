import type { ActionArgs, Decision } from '../types'
import { accept } from '../decision'
import { refusePublish } from '../guards'
import { cancelSchedule, publishNow } from '../transitions'

/** Publishes the approved change now, or schedules it when `at` is in the future. */
export function publishRevision({ review, action, actor, now }: ActionArgs<'publish'>): Decision {
  const refusal = refusePublish({ review, actor })
  if (refusal) return refusal

  if (action.at !== undefined && Date.parse(action.at) > now.getTime()) {
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
