import type { CollectionAfterChangeHook, CollectionBeforeOperationHook } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'

import { lockDocument } from '@/db/lockDocument'
import { refusalError } from '@/errors/refusalError'
import { actorOf } from '@/review/loadReviewContext'
import { docKey } from '@/review/reviewStore'
import { takeReviewAction } from '@/review/takeReviewAction'

import '@/context'

/**
 * Before a save of an existing document writes anything, its transaction takes the document's
 * review lock — the one every review action takes first — so an edit and a vote (or a publication)
 * on the same document run one after the other, and no two transactions wait on each other's locks.
 */
export const lockEditedDocument: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if (req.context.galleyPublish || !req.user || operation !== 'update' || id === undefined || !req.transactionID) return args
  await lockDocument({ req, key: docKey({ collection: collection.slug, id }) })
  return args
}

/**
 * A saved draft is an edit: the domain records the editor (who then cannot vote on this change) and,
 * when the change was in review or approved, opens a new round. It goes through the review's one
 * door, inside the save's transaction; its emails go once the save has committed.
 */
export const recordEdit: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (req.context.galleyPublish || !req.user) return doc
  const outcome = await takeReviewAction({
    req,
    ref: { collection: collection.slug as ReviewedCollection, id: String(doc.id) },
    action: { type: 'edit' },
    actor: actorOf(req),
    now: () => new Date(),
  })
  if (!outcome.ok) throw refusalError(outcome)
  return doc
}
