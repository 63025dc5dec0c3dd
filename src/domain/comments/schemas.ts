/**
 * What a comment on a review looks like on the way in. The endpoint validates untrusted JSON with
 * `commentBodySchema`; every message names its field.
 */
import { z } from 'zod'

export const MAX_COMMENT_BODY_LENGTH = 5000

const bodyText = z
  .string({ error: (issue) => (issue.input === undefined ? 'body is required' : 'body must be a string') })
  .trim()
  .min(1, { error: 'body must not be empty' })
  .max(MAX_COMMENT_BODY_LENGTH, { error: `body must be at most ${MAX_COMMENT_BODY_LENGTH} characters` })

/** A comment id: a number (SQLite, PostgreSQL) or an ObjectId string (MongoDB); `null` means none. */
const notAnId = { error: 'parentId must be the id of a comment on this document' }
const commentId = z
  .union(
    [
      z.number(notAnId).int(notAnId).positive(notAnId),
      z
        .string(notAnId)
        .trim()
        .regex(/^[0-9a-zA-Z]{1,64}$/, notAnId),
    ],
    notAnId,
  )
  .nullish()
  .transform((id) => (id === null || id === undefined ? undefined : String(id)))

/** `POST /api/{collection}/{id}/comments`: a new comment, or a reply to `parentId`. */
export const commentBodySchema = z.strictObject(
  { body: bodyText, parentId: commentId },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : 'request body must be a JSON object',
  },
)

export type CommentBody = z.infer<typeof commentBodySchema>
