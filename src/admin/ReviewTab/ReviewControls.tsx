'use client'

import type { FormEvent } from 'react'

import { useState } from 'react'

import { useReviewAction } from './useReviewAction'

const changeTypeLabels: Record<string, string> = {
  new: 'New',
  'major-change': 'Major change',
  'minor-change': 'Minor change',
  reformat: 'Reformat',
  'comprehensive-review': 'Comprehensive review',
}

const decisionLabels = {
  approve: 'Approve',
  'request-changes': 'Request changes',
  reject: 'Reject',
} as const

type Decision = keyof typeof decisionLabels

type Props = {
  collection: string
  id: string
  availableActions: string[]
  state: string
  hasPublished: boolean
  /** My vote in this round, if any (it can be changed while the round is open). */
  myVote?: Decision
}

const Alert = ({ message }: { message: string | null }) =>
  message ? (
    <p className="galley-review__error" role="alert">
      {message}
    </p>
  ) : null

const SubmitForm = ({ run, pending, hasPublished, state }: FormProps & { hasPublished: boolean; state: string }) => {
  const [changeType, setChangeType] = useState(hasPublished ? 'minor-change' : 'new')
  const [note, setNote] = useState('')
  const [publicNote, setPublicNote] = useState('')
  const [retire, setRetire] = useState(false)
  const canRetire = hasPublished && state !== 'retired'
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void run('submit', { changeType, note, publicNote, ...(retire && { intent: 'retire' }) }).then((result) => {
      if (result.ok) {
        setNote('')
        setPublicNote('')
      }
    })
  }
  return (
    <form className="galley-review__form" onSubmit={onSubmit} aria-label="Submit for review">
      <h4>Submit the draft for review</h4>
      <label>
        Change type
        <select value={changeType} onChange={(event) => setChangeType(event.target.value)} name="changeType">
          {Object.entries(changeTypeLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Note for the board (internal: never published)
        <textarea name="note" value={note} onChange={(event) => setNote(event.target.value)} rows={3} required />
      </label>
      <label>
        Note for readers (optional: shown under “Changes to this summary” once published)
        <textarea name="publicNote" value={publicNote} onChange={(event) => setPublicNote(event.target.value)} rows={2} maxLength={1000} />
      </label>
      {canRetire && (
        <label className="galley-review__check">
          <input type="checkbox" checked={retire} onChange={(event) => setRetire(event.target.checked)} /> Retire this document (take it off
          the public site) instead of publishing the draft
        </label>
      )}
      <button type="submit" className="btn btn--style-primary btn--size-small" disabled={pending !== null}>
        {pending === 'submit' ? 'Submitting…' : 'Submit for review'}
      </button>
    </form>
  )
}

const VoteForm = ({ run, pending, myVote }: FormProps & { myVote?: Decision }) => {
  // No decision is chosen in advance: a reviewer who has not voted picks one deliberately.
  const [decision, setDecision] = useState<Decision | null>(myVote ?? null)
  const [comment, setComment] = useState('')
  const [missing, setMissing] = useState(false)
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (decision === null) {
      setMissing(true)
      return
    }
    void run('vote', { decision, ...(comment.trim() && { comment }) }).then((result) => {
      if (result.ok) setComment('')
    })
  }
  return (
    <form className="galley-review__form" onSubmit={onSubmit} aria-label="Vote">
      <h4>{myVote ? `Your vote: ${decisionLabels[myVote]} — change it` : 'Your vote'}</h4>
      <fieldset>
        <legend>Decision</legend>
        {(Object.keys(decisionLabels) as Decision[]).map((value) => (
          <label key={value} className="galley-review__radio">
            <input
              type="radio"
              name="decision"
              value={value}
              checked={decision === value}
              onChange={() => {
                setDecision(value)
                setMissing(false)
              }}
            />{' '}
            {decisionLabels[value]}
          </label>
        ))}
      </fieldset>
      {missing && (
        <p role="alert" className="galley-review__error">
          Choose a decision first: approve, request changes or reject.
        </p>
      )}
      <label>
        Comment {decision === 'request-changes' || decision === 'reject' ? '(required)' : '(optional)'}
        <textarea
          name="comment"
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          rows={3}
          required={decision === 'request-changes' || decision === 'reject'}
        />
      </label>
      <button type="submit" className="btn btn--style-primary btn--size-small" disabled={pending !== null}>
        {pending === 'vote' ? 'Sending…' : 'Cast vote'}
      </button>
    </form>
  )
}

/** `datetime-local` has no zone: read it in the browser's zone and send an ISO instant. */
const toIsoInstant = (local: string): string => new Date(local).toISOString()

const PublishForm = ({ run, pending }: FormProps) => {
  const [at, setAt] = useState('')
  return (
    <div className="galley-review__form" role="group" aria-label="Publish">
      <h4>Publish the approved change</h4>
      <button
        type="button"
        className="btn btn--style-primary btn--size-small"
        disabled={pending !== null}
        onClick={() => void run('publish', {})}
      >
        {pending === 'publish' ? 'Publishing…' : 'Publish now'}
      </button>
      <form
        className="galley-review__inline"
        onSubmit={(event) => {
          event.preventDefault()
          if (at) void run('publish', { at: toIsoInstant(at) })
        }}
      >
        <label>
          or at
          <input type="datetime-local" name="at" value={at} onChange={(event) => setAt(event.target.value)} required />
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={pending !== null}>
          Schedule
        </button>
      </form>
    </div>
  )
}

const WithdrawForm = ({ run, pending }: FormProps) => {
  const [note, setNote] = useState('')
  return (
    <form
      className="galley-review__form"
      aria-label="Withdraw"
      onSubmit={(event) => {
        event.preventDefault()
        void run('withdraw', { note })
      }}
    >
      <h4>Withdraw the change</h4>
      <label>
        Why
        <textarea name="withdrawNote" value={note} onChange={(event) => setNote(event.target.value)} rows={2} required />
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small" disabled={pending !== null}>
        {pending === 'withdraw' ? 'Withdrawing…' : 'Withdraw'}
      </button>
    </form>
  )
}

type FormProps = ReturnType<typeof useReviewAction>

/** Only the actions the server says this person may take now; each shows the server's refusal if any. */
export const ReviewControls = ({ collection, id, availableActions, state, hasPublished, myVote }: Props) => {
  const action = useReviewAction({ collection, id })
  const can = (name: string) => availableActions.includes(name)
  const none = !['submit', 'vote', 'publish', 'withdraw'].some(can)
  return (
    <div className="galley-review__controls">
      <Alert message={action.error} />
      {can('vote') && <VoteForm {...action} myVote={myVote} />}
      {can('publish') && <PublishForm {...action} />}
      {can('submit') && <SubmitForm {...action} hasPublished={hasPublished} state={state} />}
      {can('withdraw') && <WithdrawForm {...action} />}
      {none && <p className="galley-review__none">There is nothing for you to do on this change right now.</p>}
    </div>
  )
}
