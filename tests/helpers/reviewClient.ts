import type { DrugText, Intent, Reviewer, Staff } from './demoStaff'
import type { RestResponse } from './payload'

import { staff } from './demoStaff'
import { login, rest } from './payload'

/**
 * The start of the slugs of the documents one test file creates: unique to the run, and marked
 * `test-` so that a check on the seeded documents can leave them out.
 */
export const testSlugPrefix = (label: string): string => `test-${label}-${Date.now().toString(36)}-`

/**
 * The review workflow over REST for new drugs, as the demo accounts: what a writer, the Adult
 * Treatment board (quorum 2, manual publishing) and the managing editor do. Every call answers the
 * raw response, so a test can assert a refusal as well as a success.
 */
export const reviewClient = async () => {
  const tokens = {} as Record<Staff, string>
  // One after another: a login writes the user's session, and SQLite has one writer at a time.
  for (const who of staff) tokens[who] = await login(`${who}@galley.test`)

  const post = (who: Staff, id: number, action: string, body: unknown) =>
    rest({ method: 'POST', path: `/drugs/${id}/${action}`, token: tokens[who], body })

  return {
    /** A new drug, saved as a draft by the writer (it is in nobody's feed until published). */
    create: (data: { name: string; slug: string } & DrugText): Promise<RestResponse> =>
      rest({ method: 'POST', path: '/drugs', token: tokens.writer, body: data }),
    /** The writer saves the draft. */
    edit: (id: number, data: Partial<DrugText>): Promise<RestResponse> =>
      rest({ method: 'PATCH', path: `/drugs/${id}?draft=true`, token: tokens.writer, body: data }),
    /** `new` is what bringing back a retired (or never published) drug must be called. */
    submit: (id: number, { intent = 'publish', changeType = 'minor-change' }: { intent?: Intent; changeType?: string } = {}) =>
      post('writer', id, 'submit', { changeType, note: `feed test: ${intent}`, intent }),
    vote: (who: Reviewer, id: number, decision: 'approve' | 'request-changes') =>
      post(who, id, 'vote', decision === 'approve' ? { decision } : { decision, comment: 'Please cite the label.' }),
    publish: (id: number): Promise<RestResponse> => post('editor', id, 'publish', {}),
    /** The review's state as the editor's Review tab shows it (draft, in-review, approved, published …). */
    state: async (id: number): Promise<string> => {
      const view = await rest({ path: `/drugs/${id}/review`, token: tokens.editor })
      if (view.status !== 200) throw new Error(`reading the review of drug ${id} failed: ${view.status} ${JSON.stringify(view.body)}`)
      return view.body.state
    },
    /** Submits the draft and has two reviewers approve it: ready for the editor to publish. */
    approve: async (id: number, submit: { intent?: Intent; changeType?: string } = {}) => {
      const steps = [
        await post('writer', id, 'submit', {
          changeType: submit.changeType ?? 'minor-change',
          note: 'feed test',
          intent: submit.intent ?? 'publish',
        }),
      ]
      steps.push(await post('reviewer1', id, 'vote', { decision: 'approve' }))
      steps.push(await post('reviewer2', id, 'vote', { decision: 'approve' }))
      const refused = steps.find((step) => step.status !== 200)
      if (refused) throw new Error(`approving drug ${id} failed: ${refused.status} ${JSON.stringify(refused.body)}`)
      return steps.at(-1)!
    },
  }
}

export type ReviewClient = Awaited<ReturnType<typeof reviewClient>>
