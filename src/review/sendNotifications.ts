import type { Payload } from 'payload'

import type { Effect } from '@/domain/workflow'

import { isReviewedCollection, slugs } from '@collections/slugs'
import { composeNotifications } from '@/domain/notifications/composeNotifications'
import { hasRole } from '@/domain/people/roles'
import { documentTitle } from '@/domain/revisions'
import { publicOrigin } from '@/config/publicOrigin'

type Args = {
  payload: Payload
  effects: Effect[]
  ref: { collection: string; id: string | number }
  doc: Record<string, unknown>
}

const mentionedIds = (effects: Effect[]): string[] =>
  effects.flatMap((effect) => {
    if (effect.type === 'notify-reviewers') return effect.reviewerIds
    if (effect.type === 'notify-submitter') return [effect.submitterId, effect.voterId]
    return []
  })

/**
 * Emails what a review decision causes, through Payload's email adapter, once the decision is
 * committed (outside its transaction). A failed send is logged and does not undo the decision.
 */
export const sendNotifications = async ({ payload, effects, ref, doc }: Args): Promise<void> => {
  const ids = mentionedIds(effects)
  const wantsManagingEditors = effects.some((effect) => effect.type === 'notify-managing-editors-quorum')
  if (ids.length === 0 && !wantsManagingEditors) return

  const { docs: users } = await payload.find({
    collection: slugs.users,
    where: wantsManagingEditors ? { or: [{ id: { in: ids } }, { roles: { contains: 'editor' } }] } : { id: { in: ids } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const people = new Map(users.map((user) => [String(user.id), { id: String(user.id), email: user.email, name: user.name }]))
  const managingEditors = users
    .filter((user) => hasRole(user, 'editor'))
    .map((user) => ({ id: String(user.id), email: user.email, name: user.name }))
  const title = isReviewedCollection(ref.collection) ? documentTitle({ type: ref.collection, doc: { id: ref.id, ...doc } }) : `#${ref.id}`
  const url = `${publicOrigin()}/admin/collections/${ref.collection}/${ref.id}`
  const notes = composeNotifications({ effects, document: { title, collection: ref.collection, url }, people, managingEditors })

  for (const note of notes) {
    try {
      await payload.sendEmail(note)
    } catch (error) {
      payload.logger.error({ err: error, msg: `could not send review email to ${note.to}` })
    }
  }
}
