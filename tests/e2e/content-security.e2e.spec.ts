import type { Page } from '@playwright/test'

import { expect, test } from '@playwright/test'

const PAGES = ['/', '/summaries/adult-soft-tissue-sarcoma-treatment-patient', '/drugs/pembrolizumab', '/stages/trunk-extremities']

const scriptSrc = (policy: string | undefined) =>
  (policy ?? '')
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('script-src ')) ?? ''

/** Records every CSP violation the page reports, from before its first script runs. */
const watchViolations = async (page: Page) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return violations
}

/** Next's client ran: its runtime registered itself and hydrated the page. */
const nextRan = (page: Page) =>
  page.waitForFunction(() => typeof (window as unknown as { next?: { version?: string } }).next?.version === 'string')

test('cached public pages are documents: no script runs, the policy allows inline data by hash only, nothing is violated', async ({
  page,
}) => {
  const violations = await watchViolations(page)
  for (const path of PAGES) {
    await page.goto(path) // the first request fills the cache
    const response = await page.goto(path)
    expect(response?.headers()['x-galley-cache'], path).toBe('hit')
    const policy = scriptSrc(response?.headers()['content-security-policy'])
    expect(policy, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*$/)
    expect(policy, path).not.toContain('unsafe-inline')
    expect(await page.locator('script:not([type="application/ld+json"])').count(), path).toBe(0)
    expect(await page.evaluate(() => 'next' in window), path).toBe(false)
  }
  expect(violations).toEqual([])
})

test('pages Next renders for one request allow their scripts by a fresh nonce, and run without violations', async ({ page }) => {
  const violations = await watchViolations(page)
  const nonces = new Set<string>()
  for (const path of ['/?q=sarcoma', '/drugs/pembrolizumab?from=search']) {
    for (let i = 0; i < 2; i++) {
      const response = await page.goto(path)
      expect(response?.headers()['x-galley-cache'], path).toBeUndefined()
      const policy = scriptSrc(response?.headers()['content-security-policy'])
      expect(policy, path).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]+=*'$/)
      nonces.add(policy)
      await nextRan(page)
    }
  }
  expect(nonces.size).toBe(4)
  expect(violations).toEqual([])
})
