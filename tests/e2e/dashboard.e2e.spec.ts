import type { APIRequestContext } from '@playwright/test'

import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

import { artifacts, signIn } from './helpers'

const DRUG = 'imatinib'

const headersOf = async (request: APIRequestContext, email: string) => {
  const login = await request.post('/api/users/login', { data: { email, password: 'galley-demo' } })
  return { Authorization: `JWT ${(await login.json()).token}` }
}

/** The writer submits a change to the drug; returns its id. */
const submitChange = async (request: APIRequestContext) => {
  const headers = await headersOf(request, 'writer@galley.test')
  const found = await (await request.get(`/api/drugs?where[slug][equals]=${DRUG}`, { headers })).json()
  const id = found.docs[0].id as number
  expect(
    (await request.patch(`/api/drugs/${id}?draft=true`, { headers, data: { drugClass: 'Kinase inhibitor (BCR-ABL, KIT, PDGFR)' } })).ok(),
  ).toBe(true)
  expect(
    (await request.post(`/api/drugs/${id}/submit`, { headers, data: { changeType: 'minor-change', note: 'Name the kinases' } })).ok(),
  ).toBe(true)
  return id
}

test.use({ viewport: { width: 1440, height: 1000 } })

test('a reviewer signs in to a dashboard of what awaits their vote and the review health of their board', async ({ page, request }) => {
  test.setTimeout(180_000)
  const id = await submitChange(request)
  try {
    await signIn(page, 'reviewer1@galley.test')
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
    await expect(page.getByText('Review health covers Adult Treatment Editorial Board.')).toBeVisible()

    const awaiting = page.getByRole('region', { name: /Awaiting my vote/ })
    await expect(awaiting.getByRole('link', { name: DRUG })).toHaveAttribute('href', `/admin/collections/drugs/${id}/review`)
    // A reviewer is not offered the editors' list.
    await expect(page.getByRole('region', { name: /ready to publish/ })).toHaveCount(0)
    await expect(page.getByRole('region', { name: /References not reviewed within 3 years/ })).toBeVisible()

    // Each chart is a figure named by its caption, with its numbers in a table.
    const sinceReview = page.getByRole('figure', { name: /Documents by months since their last review/ })
    await expect(sinceReview).toBeVisible()
    await expect(page.getByRole('figure', { name: /Open review rounds by age/ }).getByRole('row', { name: /under 7 days/ })).toContainText(
      '1',
    )
    await expect(page.getByRole('figure', { name: /Median days from submission to publication/ })).toBeVisible()
    await page.screenshot({ path: `${artifacts}/dashboard-reviewer.png`, fullPage: true })

    const results = await new AxeBuilder({ page }).include('.galley-dashboard').analyze()
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([])

    // A number behind the chart opens the list of exactly what it counts.
    const referenceLinks = sinceReview.getByRole('table').getByRole('link')
    let opened = false
    for (const link of await referenceLinks.all()) {
      const value = Number(await link.textContent())
      if (value < 1 || value > 10) continue
      await link.click()
      await expect(page).toHaveURL(/\/admin\/collections\/(summaries|references)\?where/)
      await expect(page.locator('.table tbody tr')).toHaveCount(value)
      opened = true
      break
    }
    expect(opened).toBe(true)
  } finally {
    const writer = await headersOf(request, 'writer@galley.test')
    expect(
      (await request.post(`/api/drugs/${id}/withdraw`, { headers: writer, data: { note: 'Checked on the dashboard; withdrawn.' } })).ok(),
    ).toBe(true)
  }
})

test('an editor’s dashboard lists approved changes ready to publish and covers every board', async ({ page }) => {
  await signIn(page, 'editor@galley.test')
  await expect(page.getByText('Review health covers every board.')).toBeVisible()
  await expect(page.getByRole('region', { name: /Approved, ready to publish/ })).toBeVisible()
  await page.screenshot({ path: `${artifacts}/dashboard-editor.png`, fullPage: true })
})
