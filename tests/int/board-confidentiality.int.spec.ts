import { beforeAll, describe, expect, it } from 'vitest'

import { graphql, login, rest } from '../helpers/payload'

/**
 * Board confidentiality at every door: the Adult Treatment board's deliberation on a drug (the
 * submission note, a vote's comment, a threaded comment) is read by its members and the content
 * staff; reviewer4, who sits on another board, sees the review's state, votes and counts but none
 * of those words, through the review endpoint, REST and GraphQL alike.
 */
const NOTE = 'Confidential note: name the chemical class'
const VOTE_COMMENT = 'Confidential vote: cite the label first'
const THREAD = 'Confidential thread: is triazene the right word?'
const words = [NOTE, VOTE_COMMENT, THREAD]

/** Which of the board's words a response shows. */
const wordsIn = (body: unknown) => words.filter((word) => JSON.stringify(body).includes(word))

describe("a board's deliberation", () => {
  let id: number
  /** The drug's audit trail before this file's steps (other files may have edited it in the same run). */
  let eventsBefore: number
  const tokens: Record<string, string> = {}
  const as = (who: string) => tokens[who]
  const docKey = () => `drugs:${id}`

  beforeAll(async () => {
    for (const who of ['writer', 'reviewer1', 'reviewer2', 'reviewer4']) tokens[who] = await login(`${who}@galley.test`)
    const found = await rest({ path: '/drugs?where[slug][equals]=dacarbazine', token: as('writer') })
    id = found.body.docs[0].id
    eventsBefore = (await rest({ path: `/review-events?where[docKey][equals]=drugs:${id}&limit=0`, token: as('writer') })).body.totalDocs
    const steps = [
      await rest({
        method: 'PATCH',
        path: `/drugs/${id}?draft=true`,
        token: as('writer'),
        body: { drugClass: 'Alkylating agent (triazene)' },
      }),
      await rest({ method: 'POST', path: `/drugs/${id}/submit`, token: as('writer'), body: { changeType: 'minor-change', note: NOTE } }),
      await rest({
        method: 'POST',
        path: `/drugs/${id}/vote`,
        token: as('reviewer1'),
        body: { decision: 'request-changes', comment: VOTE_COMMENT },
      }),
      await rest({ method: 'POST', path: `/drugs/${id}/comments`, token: as('reviewer1'), body: { body: THREAD } }),
    ]
    expect(steps.map((step) => step.status)).toEqual([200, 200, 200, 201])
  })

  describe('GET /api/drugs/{id}/review', () => {
    it('shows a member every word of the deliberation', async () => {
      const view = await rest({ path: `/drugs/${id}/review`, token: as('reviewer2') })
      expect(wordsIn(view.body)).toEqual(words)
    })

    it('shows a reviewer of another board none of them', async () => {
      const view = await rest({ path: `/drugs/${id}/review`, token: as('reviewer4') })
      expect(view.status).toBe(200)
      expect(wordsIn(view.body)).toEqual([])
      expect(view.body).toMatchObject({ note: null, canComment: false, comments: [] })
    })

    it('shows a reviewer of another board the state, the votes and the counts', async () => {
      const view = await rest({ path: `/drugs/${id}/review`, token: as('reviewer4') })
      expect(view.body).toMatchObject({ state: 'changes-requested', round: 1, tally: { requestsForChanges: 1, approvals: 0, quorum: 2 } })
      expect(view.body.votes).toMatchObject([{ decision: 'request-changes' }])
      expect(view.body.history.map((event: { action: string }) => event.action).slice(eventsBefore)).toEqual(['edit', 'submit', 'vote'])
    })
  })

  describe('REST', () => {
    it('answers a member the events with their comments', async () => {
      const events = await rest({ path: `/review-events?where[docKey][equals]=${docKey()}&limit=0`, token: as('reviewer2') })
      expect(wordsIn(events.body)).toEqual([NOTE, VOTE_COMMENT])
    })

    it('answers a reviewer of another board the events without their comments', async () => {
      const events = await rest({ path: `/review-events?where[docKey][equals]=${docKey()}&limit=0`, token: as('reviewer4') })
      expect(events.body.totalDocs).toBe(eventsBefore + 3)
      expect(wordsIn(events.body)).toEqual([])
    })

    it('answers a reviewer of another board one event without its comment', async () => {
      const events = await rest({
        path: `/review-events?where[docKey][equals]=${docKey()}&where[action][equals]=vote`,
        token: as('reviewer2'),
      })
      const event = await rest({ path: `/review-events/${events.body.docs[0].id}`, token: as('reviewer4') })
      expect(event.body).toMatchObject({ action: 'vote', decision: 'request-changes' })
      expect(event.body.comment).toBeUndefined()
    })

    it('answers a member the review with its note and the vote comment', async () => {
      const reviews = await rest({ path: `/reviews?where[docKey][equals]=${docKey()}`, token: as('reviewer2') })
      expect(wordsIn(reviews.body)).toEqual([NOTE, VOTE_COMMENT])
    })

    it('answers a reviewer of another board the review without them', async () => {
      const reviews = await rest({ path: `/reviews?where[docKey][equals]=${docKey()}`, token: as('reviewer4') })
      expect(reviews.body.docs[0]).toMatchObject({ state: 'changes-requested', review: { votes: [{ decision: 'request-changes' }] } })
      expect(wordsIn(reviews.body)).toEqual([])
    })

    it('answers a member the threaded comments, and a reviewer of another board none', async () => {
      const path = `/review-comments?where[docKey][equals]=${docKey()}`
      expect(wordsIn((await rest({ path, token: as('reviewer2') })).body)).toEqual([THREAD])
      expect((await rest({ path, token: as('reviewer4') })).body.totalDocs).toBe(0)
    })

    it('refuses a reviewer of another board a filter on the words', async () => {
      const byComment = await rest({ path: `/review-events?where[comment][like]=Confidential`, token: as('reviewer4') })
      const byNote = await rest({ path: `/reviews?where[review.note][like]=Confidential`, token: as('reviewer4') })
      expect([byComment.status, byNote.status]).toEqual([400, 400])
      expect(wordsIn(byComment.body)).toEqual([])
      expect(wordsIn(byNote.body)).toEqual([])
    })
  })

  describe('GraphQL', () => {
    const query = () => `{
      ReviewEvents(where: { docKey: { equals: "${docKey()}" } }, limit: 0) { docs { action decision comment } }
      Reviews(where: { docKey: { equals: "${docKey()}" } }) { docs { state review } }
      ReviewComments(where: { docKey: { equals: "${docKey()}" } }) { docs { body } }
    }`

    it('answers a member every word', async () => {
      const result = await graphql(query(), as('reviewer2'))
      expect(result.errors).toBeUndefined()
      expect(wordsIn(result.data)).toEqual(words)
    })

    it('answers a reviewer of another board the steps and the state without a word', async () => {
      const result = await graphql(query(), as('reviewer4'))
      expect(result.data.ReviewEvents.docs).toHaveLength(eventsBefore + 3)
      expect(result.data.Reviews.docs[0].state).toBe('changes_requested')
      expect(result.data.ReviewComments.docs).toEqual([])
      expect(wordsIn(result)).toEqual([])
    })
  })
})
