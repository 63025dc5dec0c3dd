import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { addDataAndFileToRequest } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { ReviewAction } from '@/domain/workflow'

import { commentBodySchema } from '@/domain/comments'
import { refusal } from '@/domain/errors'
import { publishBodySchema, submitBodySchema, voteBodySchema, withdrawBodySchema } from '@/domain/workflow'
import { refusalError } from '@/errors/refusalError'
import { describeReview, reviewView } from '@/review/describeReview'
import { actorOf } from '@/review/loadReviewContext'
import { postComment } from '@/review/reviewComments'
import { takeReviewAction } from '@/review/takeReviewAction'

type Ref = { collection: ReviewedCollection; id: string }

const idOf = (req: PayloadRequest): string => String(req.routeParams?.id ?? '')

/** Parses untrusted JSON with the domain's schema; a 400 names each field at fault. */
const parseBody = async <T>(req: PayloadRequest, schema: z.ZodType<T>): Promise<T> => {
  await addDataAndFileToRequest(req)
  const result = schema.safeParse(req.data ?? {})
  if (result.success) return result.data
  const [first, ...rest] = result.error.issues.map((issue) =>
    refusal({ status: 400, field: issue.path.join('.') || 'body', message: issue.message }),
  )
  throw refusalError(first, ...rest)
}

/**
 * Runs one review action for the signed-in user, on the request's clock, and answers the review as
 * it now stands; a refusal becomes the API's 400, 403, 404 or 409.
 */
export const answerReviewAction = async ({ req, ref, action }: { req: PayloadRequest; ref: Ref; action: ReviewAction }) => {
  const actor = actorOf(req)
  const outcome = await takeReviewAction({ req, ref, action, actor, now: () => new Date() })
  if (!outcome.ok) throw refusalError(outcome)
  const { board, boardName } = outcome.context
  return describeReview({ req, ref, actor, board, boardName, review: outcome.review })
}

const action =
  <T>(collection: ReviewedCollection, schema: z.ZodType<T>, toAction: (body: T) => ReviewAction): PayloadHandler =>
  async (req) => {
    const body = await parseBody(req, schema)
    return Response.json(await answerReviewAction({ req, ref: { collection, id: idOf(req) }, action: toAction(body) }))
  }

/** Publishing now, or at `at` (which the domain requires to be in the future). */
const publish = (body: { at?: string }): ReviewAction => ({ type: 'publish', ...body })

/** A comment on the review, or a reply: 201 with the stored comment. */
const comment =
  (collection: ReviewedCollection): PayloadHandler =>
  async (req) => {
    const body = await parseBody(req, commentBodySchema)
    return Response.json(await postComment({ req, ref: { collection, id: idOf(req) }, body }), { status: 201 })
  }

/**
 * The review API of a reviewed collection:
 * POST /:id/submit, /:id/vote, /:id/publish, /:id/withdraw, /:id/comments and GET /:id/review.
 */
export const reviewEndpoints = (collection: ReviewedCollection): Endpoint[] => [
  { path: '/:id/submit', method: 'post', handler: action(collection, submitBodySchema, (body) => ({ type: 'submit', ...body })) },
  { path: '/:id/vote', method: 'post', handler: action(collection, voteBodySchema, (body) => ({ type: 'vote', ...body })) },
  { path: '/:id/publish', method: 'post', handler: action(collection, publishBodySchema, publish) },
  { path: '/:id/withdraw', method: 'post', handler: action(collection, withdrawBodySchema, (body) => ({ type: 'withdraw', ...body })) },
  { path: '/:id/comments', method: 'post', handler: comment(collection) },
  {
    path: '/:id/review',
    method: 'get',
    handler: async (req) => Response.json(await reviewView({ req, ref: { collection, id: idOf(req) } })),
  },
]
