import type { APIRequestContext, Page, Response } from '@playwright/test'

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { gzipSync } from 'node:zlib'

import { artifacts } from './helpers'

const SUMMARY = '/summaries/adult-soft-tissue-sarcoma-treatment-patient'

const tokenOf = async (request: APIRequestContext, email: string): Promise<string> => {
  const response = await request.post('/api/users/login', { data: { email, password: 'galley-demo' } })
  expect(response.ok()).toBe(true)
  return (await response.json()).token
}

/** A drug change taken through review over REST: the writer drafts and submits, two reviewers approve, the editor publishes. */
const publishDrugChange = async (request: APIRequestContext, slug: string, data: Record<string, unknown>) => {
  const as = async (email: string) => ({ Authorization: `JWT ${await tokenOf(request, email)}` })
  const writer = await as('writer@galley.test')
  const found = await (await request.get(`/api/drugs?where[slug][equals]=${slug}`, { headers: writer })).json()
  const id = found.docs[0].id
  expect((await request.patch(`/api/drugs/${id}?draft=true`, { headers: writer, data })).ok()).toBe(true)
  expect((await request.post(`/api/drugs/${id}/submit`, { headers: writer, data: { changeType: 'minor-change', note: 'e2e' } })).ok()).toBe(
    true,
  )
  for (const reviewer of ['reviewer1@galley.test', 'reviewer2@galley.test']) {
    expect((await request.post(`/api/drugs/${id}/vote`, { headers: await as(reviewer), data: { decision: 'approve' } })).ok()).toBe(true)
  }
  return { id, publish: async () => request.post(`/api/drugs/${id}/publish`, { headers: await as('editor@galley.test'), data: {} }) }
}

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))

test('the home page lists the summary, and the summary page shows what the board approved', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: 'Adult Soft Tissue Sarcoma Treatment (Patient Version)' }).click()
  await expect(page).toHaveURL(new RegExp(`${SUMMARY}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adult Soft Tissue Sarcoma Treatment (Patient Version)')
  await expect(page.getByText('Updated', { exact: true })).toBeVisible()
  await expect(page.getByText('Adult Treatment Editorial Board', { exact: true })).toBeVisible()
  await expect(page.locator('.citation').first()).toBeVisible()
  await expect(page.locator('#references li')).not.toHaveCount(0)

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld['@type']).toBe('MedicalWebPage')
  expect(ld.lastReviewed).toBe('2023-06-02')
  expect(ld.reviewedBy.name).toBe('Adult Treatment Editorial Board')

  await page.setViewportSize({ width: 360, height: 800 })
  await page.screenshot({ path: `${artifacts}/site-summary-phone.png` })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: `${artifacts}/site-summary-desktop.png` })

  await page.goto(`${SUMMARY}/v/1`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adult Soft Tissue Sarcoma Treatment (Patient Version)')
  expect((await page.goto('/summaries/no-such-summary'))?.status()).toBe(404)
})

/** Bytes of JavaScript a page makes the browser run, gzip-compressed: script files and inline scripts (not JSON data). */
const javaScriptBytes = async (page: Page, path: string) => {
  const files: Promise<number>[] = []
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'script') files.push(response.body().then((body) => gzipSync(body).length))
  }
  page.on('response', onResponse)
  await page.goto(path, { waitUntil: 'load' })
  page.off('response', onResponse)
  const inline = await page
    .locator('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')
    .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''))
  return (await Promise.all(files)).reduce((sum, size) => sum + size, 0) + inline.reduce((sum, text) => sum + gzipSync(text).length, 0)
}

const JS_BUDGET_BYTES = 30 * 1024

test('public content pages are documents: their JavaScript stays within 30 KB compressed', async ({ page }) => {
  for (const path of ['/', SUMMARY, '/drugs/pazopanib', '/stages/trunk-extremities', '/search', '/search?q=sarcoma+surgery']) {
    const bytes = await javaScriptBytes(page, path)
    expect(bytes, `${path} ships ${bytes} bytes of compressed JavaScript`).toBeLessThanOrEqual(JS_BUDGET_BYTES)
  }
  // Without JavaScript the page still works: its table of contents and citations are plain links.
  await page.goto(SUMMARY)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adult Soft Tissue Sarcoma Treatment (Patient Version)')
})

test('axe finds no serious or critical accessibility issue on the home, summary, past version, drug, stage, search and not-found pages', async ({
  page,
}) => {
  for (const path of [
    '/',
    SUMMARY,
    `${SUMMARY}/v/1`,
    '/drugs/pazopanib',
    '/stages/trunk-extremities',
    '/search?q=sarcoma+surgery',
    '/summaries/no-such-summary',
  ]) {
    await page.goto(path)
    expect(await seriousViolations(page), path).toEqual([])
  }
})

test('a draft never reaches anonymous visitors; the publication does, at once', async ({ page, request }) => {
  await page.goto('/drugs/ipilimumab')
  const before = await page.getByTestId('drug-class').textContent()

  const change = await publishDrugChange(request, 'ipilimumab', { drugClass: 'Immune checkpoint inhibitor (anti-CTLA-4 antibody)' })
  await page.reload()
  await expect(page.getByTestId('drug-class')).toHaveText(before ?? '')
  expect(await page.content()).not.toContain('anti-CTLA-4 antibody')

  expect((await change.publish()).ok()).toBe(true)
  // The very next request shows it: read once, no waiting or retrying.
  await page.reload()
  expect(await page.getByTestId('drug-class').textContent()).toBe('Immune checkpoint inhibitor (anti-CTLA-4 antibody)')
})

test('markup typed into content is shown as text through drafting, review and publication', async ({ page, request }) => {
  const payload = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
  const change = await publishDrugChange(request, 'nivolumab', { mechanism: `Blocks PD-1. ${payload}` })
  expect((await change.publish()).ok()).toBe(true)

  const response = await page.goto('/drugs/nivolumab')
  expect(response?.headers()['content-security-policy']).toContain("object-src 'none'")
  expect(response?.headers()['x-content-type-options']).toBe('nosniff')
  await expect(page.getByText(payload)).toBeVisible()
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
  expect(await page.locator('main img').count()).toBe(0)
})

test('public pages carry absolute canonical and Open Graph URLs, a favicon and a manifest, and log no console error', async ({
  page,
  request,
}) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  for (const path of ['/', SUMMARY, `${SUMMARY}/v/1`, '/drugs/pazopanib', '/stages/trunk-extremities', '/search?q=sarcoma']) {
    await page.goto(path)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toMatch(/^http:\/\/localhost:\d+(\/\S*)?$/)
    expect(await page.locator('link[rel="icon"]').count(), path).toBeGreaterThan(0)
    expect(await page.locator('link[rel="manifest"]').getAttribute('href'), path).toBe('/manifest.webmanifest')
  }
  await page.goto(SUMMARY)
  expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toMatch(new RegExp(`^http://localhost:\\d+${SUMMARY}$`))
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary')
  expect(errors).toEqual([])

  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toMatch(/icon/)
  const manifest = await request.get('/manifest.webmanifest')
  expect(manifest.status()).toBe(200)
  expect((await manifest.json()).short_name).toBe('Galley')
})
