import type { Effect } from '../workflow'

export type Person = { id: string; email: string; name?: string | null }

export type Notification = { to: string; subject: string; text: string }

type Args = {
  effects: Effect[]
  document: { title: string; collection: string; url: string }
  /** Everyone the effects name, by id. */
  people: Map<string, Person>
  /** Managing editors (and admins) to tell when quorum is met. */
  managingEditors: Person[]
}

const decisionWords = {
  approve: 'approved',
  'request-changes': 'requested changes to',
  reject: 'rejected',
} as const

/**
 * The emails a review decision causes: reviewers when a change is submitted or re-opened, the
 * submitter on every vote, managing editors when quorum is met. Pure: the glue looks people up and sends.
 */
export const composeNotifications = ({ effects, document, people, managingEditors }: Args): Notification[] => {
  const about = `“${document.title}” (${document.collection})`
  const notes: Notification[] = []
  for (const effect of effects) {
    if (effect.type === 'notify-reviewers') {
      const verb =
        effect.reason === 'withdrawn'
          ? 'was withdrawn from review'
          : effect.reason === 'reopened'
            ? 'changed and needs fresh votes'
            : 'awaits your review'
      for (const id of effect.reviewerIds) {
        const person = people.get(id)
        if (!person) continue
        notes.push({
          to: person.email,
          subject: `[Galley] ${about} ${verb}`,
          text: `${about} ${verb} (round ${effect.round}).\n\nOpen it: ${document.url}\n`,
        })
      }
    }
    if (effect.type === 'notify-submitter') {
      const submitter = people.get(effect.submitterId)
      if (!submitter) continue
      const voter = people.get(effect.voterId)?.name ?? 'A board member'
      notes.push({
        to: submitter.email,
        subject: `[Galley] ${voter} ${decisionWords[effect.decision]} ${about}`,
        text: `${voter} ${decisionWords[effect.decision]} your change to ${about} in round ${effect.round}.${effect.comment ? `\n\nComment: ${effect.comment}` : ''}\n\nOpen it: ${document.url}\n`,
      })
    }
    if (effect.type === 'notify-managing-editors-quorum') {
      for (const managingEditor of managingEditors) {
        notes.push({
          to: managingEditor.email,
          subject: `[Galley] ${about} is approved and ready to publish`,
          text: `The board reached quorum on ${about} in round ${effect.round}. An editor can publish it now.\n\nOpen it: ${document.url}\n`,
        })
      }
    }
  }
  return notes
}
