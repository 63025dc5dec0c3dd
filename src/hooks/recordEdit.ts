import type { CollectionAfterChangeHook } from 'payload'

import { APIError } from 'payload'

import type { Actor } from '@/domain/workflow'

import { contentHash } from '@/domain/revisions/contentHash'
import { decide } from '@/domain/workflow'
import { readReview, saveReview, toReviewBoard } from '@/review/reviewStore'
import { sendNotifications } from '@/review/sendNotifications'

import '@/context'
import { slugs } from '@collections/slugs'

/**
 * A saved draft is an edit: the domain records the editor (who then cannot vote on this change) and,
 * when the change was in review or approved, opens a new round. Runs in the save's transaction.
 */
export const recordEdit: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, operation, req }) => {
  if (req.context.galleyPublish || !req.user) return doc
  const ref = { collection: collection.slug, id: doc.id }
  const { review, rowId } = await readReview({
    req,
    ref,
    publishedWithoutReview: operation === 'update' && previousDoc?._status === 'published',
  })
  const boardId = typeof doc.board === 'object' && doc.board ? doc.board.id : doc.board
  const board = await req.payload.findByID({ collection: slugs.boards, id: boardId, depth: 0, req, overrideAccess: true })
  const actor: Actor = { id: String(req.user.id), roles: (req.user.roles ?? []) as Actor['roles'] }
  const decision = decide({
    review,
    action: { type: 'edit' },
    actor,
    board: toReviewBoard(board),
    now: new Date(),
  })
  if (!decision.ok) throw new APIError(decision.message, decision.status, undefined, true)
  await saveReview({ req, ref, rowId, boardId: board.id, review: decision.review, event: decision.event, contentHash: contentHash(doc) })
  await sendNotifications({ req, effects: decision.effects, ref, doc })
  return doc
}
