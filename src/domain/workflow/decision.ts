import type { z } from 'zod'
import { refusal } from '../errors'
import type { Accepted, Actor, Effect, Refusal, RefusalCode, Review, ReviewEvent } from './types'

type RefuseArgs = { status: 403 | 409; reason: RefusalCode; message: string }

export function refuse({ status, reason, message }: RefuseArgs): Refusal {
  return refusal({ status, reason, message })
}

type InvalidArgs = { field: string; message: string }

export function invalidInput({ field, message }: InvalidArgs): Refusal {
  return refusal({ status: 400, reason: 'invalid-input', field, message })
}

/** A 400 from the first zod issue; the schemas' messages already name the field. */
export function invalidInputFromZod({ error }: { error: z.ZodError }): Refusal {
  const [issue] = error.issues
  return invalidInput({ field: issue?.path.join('.') ?? '', message: issue?.message ?? 'invalid input' })
}

type AcceptArgs = {
  from: Review
  to: Review
  actor: Actor
  now: Date
  action: ReviewEvent['action']
  details?: Partial<Pick<ReviewEvent, 'note' | 'publicNote' | 'comment' | 'decision' | 'changeType' | 'intent' | 'scheduledFor'>>
  effects?: Effect[]
}

export function accept({ from, to, actor, now, action, details = {}, effects = [] }: AcceptArgs): Accepted {
  return {
    ok: true,
    review: to,
    event: {
      action,
      actorId: actor.id,
      at: now.toISOString(),
      fromState: from.state,
      toState: to.state,
      round: to.round,
      ...details,
    },
    effects,
  }
}
