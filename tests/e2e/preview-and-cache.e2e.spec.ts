import type { APIRequestContext } from '@playwright/test'

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { artifacts, signIn } from './helpers'

const SUMMARY = '/summaries/adult-soft-tissue-sarcoma-treatment-patient'

const writerDraft = async (request: APIRequestContext, slug: string, data: Record<string, unknown>) => {
  const login = await request.post('/api/users/login', { data: { email: 'writer@galley.test', password: 'galley-demo' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const found = await (await request.get(`/api/drugs?where[slug][equals]=${slug}`, { headers })).json()
  expect((await request.patch(`/api/drugs/${found.docs[0].id}?draft=true`, { headers, data })).ok()).toBe(true)
  // The writer's session must not follow the anonymous checks below.
  await request.post('/api/users/logout', { headers })
}

test('staff preview a draft under a permanent banner, marked noindex; anonymous visitors never reach it', async ({
  page,
  browser,
  playwright,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  const published = await (await anonymous.get('/drugs/atezolizumab')).text()
  expect(published).toContain('data-testid="drug-class"')
  await writerDraft(anonymous, 'atezolizumab', { drugClass: 'DRAFT-ONLY class for preview' })

  // Anonymous: /preview sends them to sign in, and a forged draft-mode cookie changes nothing.
  const refused = await anonymous.get('/preview?collection=drugs&slug=atezolizumab', { maxRedirects: 0 })
  expect(refused.status()).toBe(307)
  expect(refused.headers().location).toContain('/admin/login?redirect=')
  const forged = await anonymous.get('/drugs/atezolizumab', { headers: { cookie: '__prerender_bypass=guessed' } })
  expect(await forged.text()).not.toContain('DRAFT-ONLY')
  expect((await anonymous.get('/preview?collection=users&slug=admin')).status()).toBe(400)

  // Staff: the Preview link turns on draft mode and shows the draft, flagged and noindex.
  await signIn(page, 'writer@galley.test')
  const response = await page.goto('/preview?collection=drugs&slug=atezolizumab')
  await expect(page).toHaveURL(/\/drugs\/atezolizumab$/)
  expect(response?.headers()['cache-control']).toMatch(/no-store|private/)
  await expect(page.getByRole('note', { name: 'Draft preview' })).toContainText('Draft — not approved')
  await expect(page.getByTestId('drug-class')).toHaveText('DRAFT-ONLY class for preview')
  await expect(page.getByText('Not published: a draft of version 2')).toBeVisible()
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((violation) =>
    ['serious', 'critical'].includes(violation.impact ?? ''),
  )
  expect(serious).toEqual([])
  await page.setViewportSize({ width: 360, height: 800 })
  await page.screenshot({ path: `${artifacts}/site-draft-preview-phone.png` })
  await page.setViewportSize({ width: 1280, height: 900 })

  // Meanwhile a visitor sees what the board approved.
  const visitor = await browser.newPage()
  await visitor.goto('/drugs/atezolizumab')
  await expect(visitor.getByTestId('drug-class')).not.toHaveText('DRAFT-ONLY class for preview')
  expect(await visitor.content()).not.toContain('Draft — not approved')
  await visitor.close()

  // Leaving preview returns the published page.
  await page.getByRole('link', { name: 'Exit preview' }).click()
  await expect(page).toHaveURL(/\/drugs\/atezolizumab$/)
  await expect(page.getByRole('note', { name: 'Draft preview' })).toHaveCount(0)
  await expect(page.getByTestId('drug-class')).not.toHaveText('DRAFT-ONLY class for preview')
  await anonymous.dispose()
})

test('the admin offers a Preview of the draft on a drug', async ({ page }) => {
  await signIn(page, 'writer@galley.test')
  await page.goto('/admin/collections/drugs?search=pembrolizumab')
  await page.getByRole('link', { name: 'pembrolizumab', exact: true }).click()
  await expect(page.locator('#preview-button')).toBeVisible()
  await page.screenshot({ path: `${artifacts}/admin-drug-preview-button.png` })
  const opened = page.context().waitForEvent('page')
  await page.locator('#preview-button').click()
  const preview = await opened
  await expect(preview).toHaveURL(/\/drugs\/pembrolizumab$/)
  await expect(preview.getByRole('note', { name: 'Draft preview' })).toContainText('Draft — not approved')
})

test('public pages are served from the page cache with CDN headers and a validator', async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })
  await anonymous.get('/drugs/pembrolizumab')
  const cached = await anonymous.get('/drugs/pembrolizumab')
  expect(cached.headers()['x-galley-cache']).toBe('hit')
  expect(cached.headers()['cache-control']).toMatch(/s-maxage=\d+/)
  expect(cached.headers()['cache-control']).toMatch(/stale-while-revalidate=\d+/)
  expect(cached.headers()['content-security-policy']).toContain("object-src 'none'")
  const again = await anonymous.get('/drugs/pembrolizumab', { headers: { 'if-none-match': cached.headers().etag } })
  expect(again.status()).toBe(304)
  // A signed-in request is rendered for that person and never shared.
  const login = await anonymous.post('/api/users/login', { data: { email: 'writer@galley.test', password: 'galley-demo' } })
  expect(login.ok()).toBe(true)
  const personal = await anonymous.get('/drugs/pembrolizumab')
  expect(personal.headers()['x-galley-cache']).toBeUndefined()
  expect(personal.headers()['cache-control']).not.toContain('public')
  await anonymous.dispose()
})

test('the summary page can be read with the keyboard alone', async ({ page }) => {
  await page.goto(SUMMARY)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  // Past the header: the first stop is inside the main content.
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true)

  // The table of contents takes the reader to a section.
  const toc = page.getByRole('navigation', { name: 'On this page' })
  const firstEntry = toc.getByRole('link').first()
  const target = (await firstEntry.getAttribute('href')) ?? ''
  await firstEntry.focus()
  const outline = await firstEntry.evaluate((element) => getComputedStyle(element).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${target}$`))
  await expect(page.locator(target)).toBeInViewport()

  // A citation takes the reader to its reference.
  const citation = page.locator('.citation a').first()
  const reference = (await citation.getAttribute('href')) ?? ''
  await citation.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator(reference)).toBeInViewport()
})

test('the home page search works from the keyboard', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel(/search/i).focus()
  await page.keyboard.type('sarcoma')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=sarcoma/)
  const results = page.getByRole('list').filter({ has: page.locator('mark') })
  await expect(results.getByRole('link', { name: 'Adult Soft Tissue Sarcoma Treatment (Patient Version)' })).toBeVisible()
  await expect(results.locator('mark').first()).toHaveText(/sarcoma/i)
})
