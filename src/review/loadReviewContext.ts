import type { PayloadRequest } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { Refusal } from '@/domain/errors'
import type { Actor, Board, Review } from '@/domain/workflow'

import { refusal } from '@/domain/errors'
import { refusalError } from '@/errors/refusalError'

import { inactiveProblem } from '@/domain/people/accounts'

import { readReview, toReviewBoard } from './reviewStore'
import { slugs } from '@collections/slugs'

export type Ref = { collection: ReviewedCollection; id: string }

/** The signed-in person as the review rules see them (a 401 for anyone else). */
export const actorOf = (req: PayloadRequest): Actor => {
  if (!req.user) throw refusalError(refusal({ status: 401, message: 'Sign in to take part in reviews: this needs a staff account.' }))
  const inactive = inactiveProblem(req.user)
  if (inactive) throw refusalError(refusal({ status: 403, message: inactive }))
  return { id: String(req.user.id), roles: (req.user.roles ?? []) as Actor['roles'] }
}

export type ReviewContext = {
  /** The latest draft, relationships as ids. */
  doc: Record<string, unknown> & { id: number | string; board: number | string; _status?: string }
  board: Board
  boardName: string
  review: Review
  /** The stored review's row; none until the first review action. */
  rowId?: number | string
}

type Args = { req: PayloadRequest; ref: Ref; actor: Actor }

/**
 * The document (latest draft), its board and its review. A person reads the document with their own
 * access (404 if they may not); the job queue's system actor reads it as the system. A missing
 * document or a damaged stored review comes back as a refusal.
 */
export const loadReviewContext = async ({ req, ref, actor }: Args): Promise<ReviewContext | Refusal> => {
  const read = (draft: boolean) =>
    req.payload.findByID({
      collection: ref.collection,
      id: ref.id,
      draft,
      depth: 0,
      req,
      overrideAccess: actor.system === true,
      disableErrors: true,
    }) as Promise<ReviewContext['doc'] | null>
  const doc = await read(true)
  if (!doc) {
    return refusal({
      status: 404,
      message: `There is no ${ref.collection} document with id ${ref.id}: it may have been deleted, or you may not read it.`,
    })
  }
  const boardDoc = await req.payload.findByID({ collection: slugs.boards, id: doc.board, depth: 0, req, overrideAccess: true })
  const stored = await readReview({
    req,
    ref,
    // Without a stored review, a document is published if its public version is (a draft may sit on top).
    publishedWithoutReview: async () => (await read(false))?._status === 'published',
  })
  if ('ok' in stored) return stored
  return { doc, board: toReviewBoard(boardDoc), boardName: boardDoc.name, review: stored.review, rowId: stored.rowId }
}

/** The context, or the refusal thrown as the API's error. */
export const requireReviewContext = async (args: Args): Promise<ReviewContext> => {
  const context = await loadReviewContext(args)
  if ('ok' in context) throw refusalError(context)
  return context
}
