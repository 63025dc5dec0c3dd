'use client'

import { useState } from 'react'

import { useReviewAction } from './useReviewAction'

export type ThreadComment = {
  id: string | number
  author: { id: string | number; name: string } | null
  body: string
  round: number
  createdAt: string
  replies: ThreadComment[]
}

type Props = { collection: string; id: string; comments: ThreadComment[]; canComment: boolean }

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })

const CommentForm = ({
  onPost,
  pending,
  label,
  onDone,
}: {
  onPost: (body: string) => Promise<{ ok: boolean }>
  pending: boolean
  label: string
  onDone?: () => void
}) => {
  const [body, setBody] = useState('')
  return (
    <form
      className="galley-comments__form"
      onSubmit={(event) => {
        event.preventDefault()
        void onPost(body).then((result) => {
          if (result.ok) {
            setBody('')
            onDone?.()
          }
        })
      }}
    >
      <label>
        {label}
        <textarea name="comment" value={body} onChange={(event) => setBody(event.target.value)} rows={2} required />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={pending}>
        {pending ? 'Posting…' : 'Post'}
      </button>
    </form>
  )
}

const Comment = ({
  comment,
  canComment,
  post,
  pending,
}: {
  comment: ThreadComment
  canComment: boolean
  post: (body: string, parentId?: string | number) => Promise<{ ok: boolean }>
  pending: boolean
}) => {
  const [replying, setReplying] = useState(false)
  return (
    <li className="galley-comments__item">
      <p className="galley-comments__meta">
        <strong>{comment.author?.name ?? 'Someone'}</strong> · round {comment.round} ·{' '}
        <time dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
      </p>
      <p className="galley-comments__body">{comment.body}</p>
      {canComment &&
        (replying ? (
          <CommentForm label="Reply" pending={pending} onPost={(body) => post(body, comment.id)} onDone={() => setReplying(false)} />
        ) : (
          <button type="button" className="galley-comments__reply" onClick={() => setReplying(true)}>
            Reply
          </button>
        ))}
      {comment.replies.length > 0 && (
        <ul className="galley-comments__replies">
          {comment.replies.map((reply) => (
            <Comment key={reply.id} comment={reply} canComment={canComment} post={post} pending={pending} />
          ))}
        </ul>
      )}
    </li>
  )
}

/** The board's discussion of this change, threaded, with a form to add to it. */
export const CommentThread = ({ collection, id, comments, canComment }: Props) => {
  const { run, pending, error } = useReviewAction({ collection, id })
  const post = (body: string, parentId?: string | number) => run('comments', { body, ...(parentId !== undefined && { parentId }) })
  return (
    <section className="galley-comments" aria-labelledby="galley-comments-title">
      <h3 id="galley-comments-title">Comments</h3>
      {error && (
        <p className="galley-review__error" role="alert">
          {error}
        </p>
      )}
      {comments.length === 0 ? (
        <p className="galley-review__none">No comments yet.</p>
      ) : (
        <ul className="galley-comments__list">
          {comments.map((comment) => (
            <Comment key={comment.id} comment={comment} canComment={canComment} post={post} pending={pending !== null} />
          ))}
        </ul>
      )}
      {canComment && <CommentForm label="Add a comment" pending={pending !== null} onPost={(body) => post(body)} />}
    </section>
  )
}
