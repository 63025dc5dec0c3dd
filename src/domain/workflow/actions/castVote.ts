import type { ActionArgs, Board, Decision, Effect, Review, ReviewState, Vote } from '../types'
import { accept } from '../decision'
import { refuseVote } from '../guards'
import { cancelSchedule, clearApproval, clearSchedule, publishNow } from '../transitions'
import { countDecisions, quorumMet } from '../votes'

/** The state the round's latest votes put the change in (before any automatic publication). */
function stateAfterVote({ votes, round, board }: { votes: Vote[]; round: number; board: Board }): ReviewState {
  const { rejections, requestsForChanges } = countDecisions({ votes, round, memberIds: board.memberIds })
  if (rejections > 0) return 'rejected'
  if (requestsForChanges > 0) return 'changes-requested'
  if (quorumMet({ votes, round, quorum: board.quorum, memberIds: board.memberIds })) return 'approved'
  return 'in-review'
}

export function castVote({ review, action, actor, board, now }: ActionArgs<'vote'>): Decision {
  const refusal = refuseVote({ review, actor, board })
  if (refusal) return refusal

  const at = now.toISOString()
  const vote: Vote = {
    round: review.round,
    voterId: actor.id,
    decision: action.decision,
    ...(action.comment !== undefined && { comment: action.comment }),
    at,
  }
  const votes = [...review.votes, vote]
  const state = stateAfterVote({ votes, round: review.round, board })

  const effects: Effect[] = []
  if (review.submittedBy !== undefined) {
    effects.push({
      type: 'notify-submitter',
      submitterId: review.submittedBy,
      decision: action.decision,
      round: review.round,
      voterId: actor.id,
      ...(action.comment !== undefined && { comment: action.comment }),
    })
  }

  let next: Review
  if (state === 'approved') {
    const approvedBy = countDecisions({ votes, round: review.round, memberIds: board.memberIds }).latest.map((v) => v.voterId)
    next = {
      ...review,
      state,
      votes,
      approvedAt: review.state === 'approved' ? (review.approvedAt ?? at) : at,
      approvedBy,
    }
    if (review.state !== 'approved') {
      effects.push({ type: 'notify-managing-editors-quorum', round: review.round, approvedBy })
    }
    if (board.autoPublish) {
      const published = publishNow({ review: next })
      effects.push(...cancelSchedule({ review: next }), ...published.effects)
      next = published.review
    }
  } else {
    effects.push(...cancelSchedule({ review }))
    next = { ...clearApproval({ review: clearSchedule({ review }) }), state, votes }
  }

  return accept({
    from: review,
    to: next,
    actor,
    now,
    action: 'vote',
    details: {
      decision: action.decision,
      ...(action.comment !== undefined && { comment: action.comment }),
    },
    effects,
  })
}
