import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import type { ThreadComment } from './CommentThread'

import { isReviewedCollection } from '@collections/slugs'
import { loadReviewPage } from '@/review/loadReviewPage'

import { CommentThread } from './CommentThread'
import { DiffView } from './DiffView'
import { ReviewControls } from './ReviewControls'

const stateLabels: Record<string, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  retired: 'Retired',
}

const decisionLabels: Record<string, string> = {
  approve: 'Approved',
  'request-changes': 'Requested changes',
  reject: 'Rejected',
}

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC'

/**
 * The document's Review tab: state, round, votes against the quorum, the actions this person may take,
 * the diff a reviewer reads, the board's comments and the audit trail. Everything is read through the
 * signed-in user's access; the buttons post to the same endpoints as the REST API.
 */
export const ReviewTabView = async ({ initPageResult }: DocumentViewServerProps) => {
  const { req, collectionConfig, docID } = initPageResult
  const collection = collectionConfig?.slug ?? ''
  if (!req.user || docID === undefined || !isReviewedCollection(collection)) {
    return (
      <Gutter>
        <p>Save the document first: review starts from a saved draft.</p>
      </Gutter>
    )
  }
  const id = String(docID)
  const { view, changeLog, hasPublished, names, referenceLabels, fieldChanges, sectionFieldChanges } = await loadReviewPage({
    req,
    collection,
    id,
  })
  const name = (personId: string | number | null | undefined) =>
    personId === null || personId === undefined ? 'Galley (system)' : (names[String(personId)] ?? `User ${personId}`)
  const roundVotes = view.tally.votes
  const notCounted = view.tally.notCounted
  const myVote = roundVotes.find((vote) => vote.voterId === String(req.user?.id))?.decision
  const comments: ThreadComment[] = view.comments
  const scheduledFor = view.scheduledFor

  return (
    <Gutter className="galley-review">
      <section className="galley-review__status" aria-labelledby="galley-review-title">
        <h2 id="galley-review-title">Review</h2>
        <dl className="galley-review__facts">
          <div>
            <dt>State</dt>
            <dd>
              <span className={`galley-state galley-state--${view.state}`} data-testid="review-state">
                {stateLabels[view.state] ?? view.state}
              </span>
              {view.intent === 'retire' && view.state !== 'retired' && ' (retirement)'}
            </dd>
          </div>
          <div>
            <dt>Round</dt>
            <dd>{view.round}</dd>
          </div>
          <div>
            <dt>Board</dt>
            <dd>{view.board.name}</dd>
          </div>
          <div>
            <dt>Approvals</dt>
            <dd data-testid="review-tally">
              {view.tally.approvals} of {view.tally.quorum} needed
              {view.tally.requestsForChanges > 0 && `, ${view.tally.requestsForChanges} request(s) for changes open`}
            </dd>
          </div>
          {view.submittedBy && (
            <div>
              <dt>Submitted by</dt>
              <dd>{name(view.submittedBy)}</dd>
            </div>
          )}
          {view.changeType && (
            <div>
              <dt>Change</dt>
              <dd>
                {view.changeType}
                {view.note && ` — “${view.note}”`} <small>(note to the board, internal)</small>
              </dd>
            </div>
          )}
          {view.changeType && (
            <div>
              <dt>For readers</dt>
              <dd data-testid="review-public-note">
                {view.publicNote ? `“${view.publicNote}”` : 'No public note: readers see only the date.'}
              </dd>
            </div>
          )}
          {scheduledFor && (
            <div>
              <dt>Scheduled</dt>
              <dd>Publishes {when(scheduledFor)}</dd>
            </div>
          )}
        </dl>
      </section>

      <DiffView
        changeLog={changeLog}
        labels={referenceLabels}
        hasPublished={hasPublished}
        fieldChanges={fieldChanges}
        sectionFieldChanges={sectionFieldChanges}
      />

      <section className="galley-review__decide" aria-labelledby="galley-decide-title">
        <h3 id="galley-decide-title">Votes and actions</h3>
        {roundVotes.length + notCounted.length > 0 && (
          <table className="galley-review__votes">
            <caption>Votes in round {view.round}</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Vote</th>
                <th scope="col">Comment</th>
              </tr>
            </thead>
            <tbody>
              {roundVotes.map((vote) => (
                <tr key={vote.voterId}>
                  <td>{name(vote.voterId)}</td>
                  <td>{decisionLabels[vote.decision] ?? vote.decision}</td>
                  <td>{vote.comment ?? ''}</td>
                </tr>
              ))}
              {notCounted.map((vote) => (
                <tr key={vote.voterId} className="galley-review__vote--not-counted" data-testid="vote-not-counted">
                  <td>{name(vote.voterId)}</td>
                  <td>
                    {decisionLabels[vote.decision] ?? vote.decision} ({vote.reason})
                  </td>
                  <td>{vote.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <ReviewControls
          collection={collection}
          id={id}
          availableActions={view.availableActions}
          state={view.state}
          hasPublished={hasPublished}
          myVote={myVote}
        />
      </section>

      <CommentThread collection={collection} id={id} comments={comments} canComment={view.canComment} />

      <section className="galley-history" aria-labelledby="galley-history-title">
        <h3 id="galley-history-title">Audit trail</h3>
        <p className="galley-review__none">Every decision on this document, permanently; events cannot be changed or deleted.</p>
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">State</th>
              <th scope="col">Round</th>
              <th scope="col">Comment</th>
              <th scope="col">Content hash</th>
            </tr>
          </thead>
          <tbody>
            {[...view.history].reverse().map((event) => (
              <tr key={String(event.id)}>
                <td>{when(String(event.at))}</td>
                <td>{event.actedAs?.name ?? name(event.actor as string | number | null)}</td>
                <td>{event.decision ? `vote: ${decisionLabels[event.decision] ?? event.decision}` : event.action}</td>
                <td>
                  {stateLabels[event.fromState] ?? event.fromState} → {stateLabels[event.toState] ?? event.toState}
                </td>
                <td>{event.round}</td>
                <td>
                  {event.comment ?? ''}
                  {event.publicNote && <div className="galley-review__public-note">For readers: “{event.publicNote}”</div>}
                </td>
                <td>
                  <code title={event.contentHash ?? ''}>{event.contentHash ? event.contentHash.slice(7, 19) : ''}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Gutter>
  )
}
