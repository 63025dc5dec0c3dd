import type { PayloadRequest } from 'payload'

import type { CommentBody } from '@/domain/comments'
import type { Actor, Board } from '@/domain/workflow'

import { refuseComment, refuseParent, threadComments } from '@/domain/comments'
import { mayReadDeliberation } from '@/domain/people/roles'

import type { Ref } from './loadReviewContext'

import { relationValue } from '@/db/relationValue'
import { refusalError } from '@/errors/refusalError'

import { actorOf, requireReviewContext } from './loadReviewContext'
import { docKey } from './reviewStore'
import { userNames } from '@/people/userNames'
import { slugs } from '@collections/slugs'

/** A stored comment, whether its relationships are populated or not. */
type StoredComment = {
  id: number | string
  author: number | string | { id: number | string }
  body: string
  round: number
  parent?: number | string | { id: number | string } | null
  createdAt: string
}

const idOf = (value: number | string | { id: number | string }) => String(typeof value === 'object' ? value.id : value)

/** Display names of the authors. */
const authorNames = (req: PayloadRequest, comments: StoredComment[]) =>
  userNames(
    req,
    comments.map((comment) => idOf(comment.author)),
  )

const toView = (comment: StoredComment, names: Map<string, string>) => {
  const authorId = idOf(comment.author)
  return {
    id: String(comment.id),
    parentId: comment.parent ? idOf(comment.parent) : null,
    author: { id: authorId, name: names.get(authorId) ?? `User ${authorId}` },
    body: comment.body,
    round: comment.round,
    createdAt: comment.createdAt,
  }
}

/** The comment `parentId` answers, or null when there is none (an id of the wrong shape included). */
const findParent = async (req: PayloadRequest, id: string) => {
  if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(id)) return null
  return req.payload.findByID({ collection: slugs.reviewComments, id, depth: 0, req, overrideAccess: true, disableErrors: true })
}

type PostArgs = { req: PayloadRequest; ref: Ref; body: CommentBody }

/** `POST /api/{collection}/{id}/comments`: stores a comment (or a reply) on the current round. Emails nobody. */
export const postComment = async ({ req, ref, body }: PostArgs) => {
  const actor = actorOf(req)
  const { board, review } = await requireReviewContext({ req, ref, actor })
  const refusal =
    refuseComment({ actor, board }) ??
    (body.parentId === undefined ? null : refuseParent({ parent: await findParent(req, body.parentId), docKey: docKey(ref) }))
  if (refusal) throw refusalError(refusal)

  const created = await req.payload.create({
    collection: slugs.reviewComments,
    data: {
      docKey: docKey(ref),
      reviewedCollection: ref.collection,
      documentId: String(ref.id),
      board: relationValue(board.id),
      round: review.round,
      author: relationValue(actor.id),
      body: body.body,
      parent: body.parentId === undefined ? null : relationValue(body.parentId),
    },
    depth: 0,
    req,
    overrideAccess: true,
  })
  return toView(created, await authorNames(req, [created]))
}

type ReadArgs = { req: PayloadRequest; ref: Ref; actor: Actor; board: Board }

/** The document's discussion as threads, for those who may see it (see `mayReadDeliberation`); else none. */
export const readCommentThreads = async ({ req, ref, actor, board }: ReadArgs) => {
  if (!mayReadDeliberation(actor, board)) return []
  const { docs } = await req.payload.find({
    collection: slugs.reviewComments,
    where: { docKey: { equals: docKey(ref) } },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const names = await authorNames(req, docs)
  return threadComments(docs.map((comment) => toView(comment, names)))
}
