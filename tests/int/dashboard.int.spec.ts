import { afterAll, describe, expect, it } from 'vitest'

import { loadDashboard } from '@/dashboard/loadDashboard'

import { login, requestAs, rest } from '../helpers/payload'

const setWindow = async (years: unknown, email = 'admin@galley.test') =>
  rest({ method: 'POST', path: '/globals/editorial-settings', token: await login(email), body: { referenceReviewWindowYears: years } })

describe('the dashboard’s review health', () => {
  afterAll(async () => {
    await setWindow(3)
  })

  it('counts the references not reviewed within the window an admin sets', async () => {
    const now = new Date('2026-12-01T00:00:00Z')
    const before = await loadDashboard({ req: await requestAs('reviewer1@galley.test'), now })
    expect((await setWindow(1)).status).toBe(200)
    const after = await loadDashboard({ req: await requestAs('reviewer1@galley.test'), now })
    expect(after.referenceWindowYears).toBe(1)
    expect(after.staleReferences.count).toBeGreaterThan(before.staleReferences.count)
    // The chart's buckets count every reference once, whatever the window.
    const total = (buckets: { count: number }[]) => buckets.reduce((sum, bucket) => sum + bucket.count, 0)
    expect(total(after.referencesBySinceReview)).toBe(total(before.referencesBySinceReview))
  })

  it('refuses a window that is not a whole number of years, naming the field, and keeps the setting', async () => {
    const read = async () =>
      (await rest({ path: '/globals/editorial-settings', token: await login('admin@galley.test') })).body.referenceReviewWindowYears
    const before = await read()
    const refused = await setWindow(2.5)
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('referenceReviewWindowYears')
    expect(await read()).toBe(before)
  })

  it('lets only admins change the window', async () => {
    expect((await setWindow(10, 'editor@galley.test')).status).toBe(403)
  })

  it('covers a reviewer’s own boards, and every board for an editor', async () => {
    const reviewer = await loadDashboard({ req: await requestAs('reviewer4@galley.test') })
    expect(reviewer.allBoards).toBe(false)
    expect(reviewer.boards.map((board) => board.name)).toEqual(['Supportive and Palliative Care Editorial Board'])
    // The demo's summaries belong to the other board: none is this reviewer's to review.
    expect(reviewer.dueSummaries).toEqual([])
    const editor = await loadDashboard({ req: await requestAs('editor@galley.test') })
    expect(editor.allBoards).toBe(true)
    expect(editor.dueSummaries.length).toBeGreaterThan(0)
  })
})
