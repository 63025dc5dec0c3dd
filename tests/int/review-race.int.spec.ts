import { beforeAll, describe, expect, it } from 'vitest'

import type { ReviewClient } from '../helpers/reviewClient'

import { login, rest } from '../helpers/payload'
import { reviewClient, testSlugPrefix } from '../helpers/reviewClient'

type Event = { action: string; round: number; fromState: string; toState: string }

/**
 * An edit and a vote on the same document at the same instant (run it against PostgreSQL, where
 * they really overlap). Both go through the review's one door, which holds the document's lock, so
 * they happen one after the other: the `reviews` row and the audit trail agree, whichever came first.
 */
describe('an edit racing a vote', () => {
  let client: ReviewClient
  let reviewer: string
  const prefix = testSlugPrefix('race')

  beforeAll(async () => {
    client = await reviewClient()
    reviewer = await login('reviewer1@galley.test')
  })

  it.each([1, 2, 3, 4, 5])('keeps the review and the audit trail consistent (run %i)', async (run) => {
    const created = await client.create({
      name: `Race drug ${run}`,
      slug: `${prefix}${run}`,
      drugClass: 'Kinase inhibitor',
      mechanism: 'Blocks a kinase.',
    })
    const id: number = created.body.doc.id
    expect((await client.submit(id)).status).toBe(200)

    const [edit, vote] = await Promise.all([
      client.edit(id, { drugClass: `Kinase inhibitor, edited in run ${run}` }),
      rest({ method: 'POST', path: `/drugs/${id}/vote`, token: reviewer, body: { decision: 'approve' } }),
    ])
    expect(edit.status).toBe(200)
    expect(vote.status).toBe(200)

    const view = (await rest({ path: `/drugs/${id}/review`, token: reviewer })).body
    const [first, second] = (view.history as Event[]).filter((event) => event.action === 'edit' || event.action === 'vote').slice(-2)
    expect([first.action, second.action].sort()).toEqual(['edit', 'vote'])
    expect(view).toMatchObject({ state: 'in-review', round: 2 })
    expect(view.votes).toHaveLength(1)
    if (first.action === 'vote') {
      // The vote counted in round 1; the edit then opened round 2, where it no longer counts.
      expect(first).toMatchObject({ round: 1, fromState: 'in-review', toState: 'in-review' })
      expect(second).toMatchObject({ round: 2, fromState: 'in-review', toState: 'in-review' })
      expect(view.votes[0]).toMatchObject({ round: 1, decision: 'approve' })
      expect(view.tally.approvals).toBe(0)
    } else {
      // The edit opened round 2 first; the vote was cast on the edited text and counts there.
      expect(first).toMatchObject({ round: 2, fromState: 'in-review', toState: 'in-review' })
      expect(second).toMatchObject({ round: 2, fromState: 'in-review', toState: 'in-review' })
      expect(view.votes[0]).toMatchObject({ round: 2, decision: 'approve' })
      expect(view.tally.approvals).toBe(1)
    }
  })
})
