import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { addDataAndFileToRequest, APIError } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { ReviewAction } from '@/domain/workflow'

import { commentBodySchema } from '@/domain/comments'
import { publishBodySchema, submitBodySchema, voteBodySchema, withdrawBodySchema } from '@/domain/workflow'
import { applyReviewAction, reviewView } from '@/review/applyReviewAction'
import { postComment } from '@/review/reviewComments'

const idOf = (req: PayloadRequest): string => String(req.routeParams?.id ?? '')

/** Parses untrusted JSON with the domain's schema; a 400 names the field. */
const parseBody = async <T>(req: PayloadRequest, schema: z.ZodType<T>): Promise<T> => {
  await addDataAndFileToRequest(req)
  const result = schema.safeParse(req.data ?? {})
  if (result.success) return result.data
  const errors = result.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message }))
  throw new APIError(errors.map((error) => error.message).join('; '), 400, { errors }, true)
}

const action =
  <T>(collection: ReviewedCollection, schema: z.ZodType<T>, toAction: (body: T) => ReviewAction): PayloadHandler =>
  async (req) => {
    const body = await parseBody(req, schema)
    const view = await applyReviewAction({ req, ref: { collection, id: idOf(req) }, action: toAction(body) })
    return Response.json(view)
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
