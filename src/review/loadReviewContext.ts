import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { Actor } from '@/domain/workflow'

import { inactiveProblem } from '@/domain/people/accounts'

import { readReview, toReviewBoard } from './reviewStore'

export type Ref = { collection: ReviewedCollection; id: string }

/** The signed-in person as the review rules see them. */
export const actorOf = (req: PayloadRequest): Actor => {
  if (!req.user) throw new APIError('Sign in to take part in reviews.', 401, undefined, true)
  const inactive = inactiveProblem(req.user)
  if (inactive) throw new APIError(inactive, 403, undefined, true)
  return { id: String(req.user.id), roles: (req.user.roles ?? []) as Actor['roles'] }
}

type Args = { req: PayloadRequest; ref: Ref; actor: Actor }

/**
 * The document (latest draft), its board and its review. A person reads the document with their own
 * access (a 404 if they may not); the job queue's system actor reads it as the system.
 */
export const loadReviewContext = async ({ req, ref, actor }: Args) => {
  const doc = (await req.payload.findByID({
    collection: ref.collection,
    id: ref.id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: actor.system === true,
    disableErrors: true,
  })) as (Record<string, unknown> & { id: number; board: number; _status?: string }) | null
  if (!doc) throw new APIError(`There is no ${ref.collection} document with id ${ref.id}.`, 404, undefined, true)
  const boardDoc = await req.payload.findByID({ collection: 'boards', id: doc.board, depth: 0, req, overrideAccess: true })
  const board = toReviewBoard(boardDoc)
  const { review, rowId } = await readReview({ req, ref, publishedWithoutReview: doc._status === 'published' })
  return { doc, board, boardName: boardDoc.name, review, rowId }
}

export type ReviewContext = Awaited<ReturnType<typeof loadReviewContext>>
