import type { Browser, Page } from '@playwright/test'

import { expect, test } from '@playwright/test'

import { artifacts, signIn } from './helpers'

const NEW_CLASS = 'Multitargeted tyrosine kinase inhibitor (VEGFR, PDGFR, KIT)'

/** A fresh browser session for one demo account, signed in to the admin. */
const sessionAs = async (browser: Browser, email: string): Promise<Page> => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, email)
  return page
}

/** The published version of the drug, read over REST with the page's session (no draft). */
const publishedDrug = (page: Page, id: string | undefined) =>
  page.evaluate(async (drugId) => {
    const response = await fetch(`/api/drugs/${drugId}`, { credentials: 'include' })
    return (await response.json()) as { drugClass?: string; _status?: string }
  }, id)

const approveFromQueue = async (page: Page, { screenshots }: { screenshots: boolean }) => {
  // The navigation's "Review queue" link carries the count (the nav drawer may be closed at this width).
  await expect(page.locator('#nav-review-queue')).toHaveAttribute('href', '/admin/review-queue')
  await expect(page.getByTestId('queue-count')).toHaveText('1')
  await page.goto('/admin/review-queue')
  await expect(page.getByRole('heading', { name: 'Review queue' })).toBeVisible()
  const awaiting = page.getByRole('region', { name: /Awaiting my vote/ })
  await expect(awaiting.getByRole('link', { name: 'pazopanib' })).toBeVisible()
  if (screenshots) await page.screenshot({ path: `${artifacts}/review-queue.png`, fullPage: true })

  await awaiting.getByRole('link', { name: 'pazopanib' }).click()
  await expect(page.getByTestId('review-state')).toHaveText('In review')
  const diff = page.getByRole('region', { name: /draft against the published version/ })
  await expect(diff.getByRole('row', { name: /Drug class/i })).toContainText('Tyrosine kinase inhibitor')
  await expect(diff.locator('ins')).toHaveText(NEW_CLASS)
  if (screenshots) await page.screenshot({ path: `${artifacts}/review-diff.png`, fullPage: true })

  const vote = page.getByRole('form', { name: 'Vote' })
  // The reviewer reads the diff before the form that asks for a decision, and no decision is made for them.
  expect((await diff.boundingBox())!.y).toBeLessThan((await vote.boundingBox())!.y)
  for (const radio of await vote.getByRole('radio').all()) await expect(radio).not.toBeChecked()
  await vote.getByRole('button', { name: 'Cast vote' }).click()
  await expect(vote.getByRole('alert')).toHaveText('Choose a decision first: approve, request changes or reject.')
  await vote.getByRole('radio', { name: 'Approve' }).check()
  await vote.getByRole('button', { name: 'Cast vote' }).click()
  await expect(page.getByRole('row', { name: /Approved/ }).first()).toBeVisible()
}

test('a drug change goes from the writer through two board approvals to publication by the editor', async ({ browser }) => {
  test.setTimeout(240_000)

  // The writer edits pazopanib's class, saves a draft and submits it to the board.
  const writer = await sessionAs(browser, 'writer@galley.test')
  await writer.goto('/admin/collections/drugs')
  await writer.getByPlaceholder(/Search by/).fill('pazopanib')
  await expect(writer).toHaveURL(/search=pazopanib/)
  await expect(writer.locator('.table tbody tr')).toHaveCount(1)
  await writer.getByRole('link', { name: 'pazopanib', exact: true }).click()
  await expect(writer).toHaveURL(/\/admin\/collections\/drugs\/\d+$/)
  const drugUrl = writer.url()
  const drugId = drugUrl.split('/').pop()
  await writer.locator('#field-drugClass').fill(NEW_CLASS)
  await writer.getByRole('button', { name: 'Save Draft' }).click()
  await expect(writer.getByText(/Draft saved successfully/i)).toBeVisible()

  await writer.getByRole('link', { name: 'Review & publish' }).click()
  await expect(writer).toHaveURL(new RegExp(`/drugs/${drugId}/review$`))
  const submit = writer.getByRole('form', { name: 'Submit for review' })
  await submit.getByLabel('Change type').selectOption('minor-change')
  await submit.getByLabel('Note for the board').fill('Name the kinases pazopanib blocks')
  await submit.getByRole('button', { name: 'Submit for review' }).click()
  await expect(writer.getByTestId('review-state')).toHaveText('In review')
  // The writer cannot vote on their own change: no vote form is offered.
  await expect(writer.getByRole('form', { name: 'Vote' })).toHaveCount(0)

  // Two members of the Adult Treatment board find it in their queue, read the diff and approve.
  const reviewer1 = await sessionAs(browser, 'reviewer1@galley.test')
  await approveFromQueue(reviewer1, { screenshots: true })
  await expect(reviewer1.getByTestId('review-tally')).toContainText('1 of 2')

  const reviewer2 = await sessionAs(browser, 'reviewer2@galley.test')
  await approveFromQueue(reviewer2, { screenshots: false })
  await expect(reviewer2.getByTestId('review-state')).toHaveText('Approved')

  // Before publication the public (published) version still has the old class.
  const editor = await sessionAs(browser, 'editor@galley.test')
  expect((await publishedDrug(editor, drugId)).drugClass).toBe('Tyrosine kinase inhibitor')

  // The editor sees it ready to publish and publishes it.
  await expect(editor.getByTestId('queue-count')).toHaveText('1')
  await editor.goto(`${drugUrl}/review`)
  await editor.getByRole('button', { name: 'Publish now' }).click()
  await expect(editor.getByTestId('review-state')).toHaveText('Published')
  await expect(editor.getByRole('cell', { name: 'publish', exact: true })).toBeVisible()

  const published = await publishedDrug(editor, drugId)
  expect(published._status).toBe('published')
  expect(published.drugClass).toBe(NEW_CLASS)
})
