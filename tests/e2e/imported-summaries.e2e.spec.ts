import type { Page } from '@playwright/test'

import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import type { GalleyServer } from '../helpers/galleyServer'

import { startGalley, tokenOf } from '../helpers/galleyServer'
import { fixtureDatabase } from '../helpers/importedDatabase'

/**
 * NCI's own summaries as Galley publishes them: a server of its own on a database with tests/fixtures'
 * PDQ files imported by `npm run import:pdq` (the sarcoma set in English and Spanish, and the largest
 * summary), so the demo server the other browser tests share is left as it was seeded.
 */
const PORT = Number(process.env.E2E_PDQ_PORT ?? 3104)
const imported = [
  { cdrId: 'CDR0000062820', title: /Soft Tissue Sarcoma Treatment/ },
  { cdrId: 'CDR0000258102', title: /Soft Tissue Sarcoma Treatment/ },
  { cdrId: 'CDR0000256690', title: /Tratamiento del sarcoma de tejido blando/ },
  { cdrId: 'CDR0000520407', title: /Tratamiento del sarcoma de tejido blando/ },
  { cdrId: 'CDR0000343584', title: /Late Effects of Treatment for Childhood Cancer/ },
]

let server: GalleyServer
const slugs = new Map<string, string>()

test.beforeAll(async () => {
  test.setTimeout(900_000)
  server = await startGalley(PORT, fixtureDatabase('e2e-pdq'), { SERVER_URL: `http://127.0.0.1:${PORT}` })
  const auth = await tokenOf(server.origin, 'writer@galley.test')
  for (const { cdrId } of imported) {
    const answer = await fetch(`${server.origin}/api/summaries?where[cdrId][equals]=${cdrId}&depth=0&limit=1&select[slug]=true`, {
      headers: auth,
    })
    const slug = ((await answer.json()) as { docs: { slug: string }[] }).docs[0]?.slug
    if (!slug) throw new Error(`${cdrId} was not imported`)
    slugs.set(cdrId, slug)
  }
})

test.afterAll(async () => {
  await server?.stop()
})

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map((violation) => `${violation.id}: ${violation.nodes.length} × ${violation.help}`)

for (const { cdrId, title } of imported) {
  test(`the imported summary ${cdrId} credits NCI, links the original, and axe finds no serious or critical issue`, async ({ page }) => {
    test.setTimeout(300_000)
    const response = await page.goto(`${server.origin}/summaries/${slugs.get(cdrId)}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    const credit = page.locator('footer.credit')
    await expect(credit).toContainText(/National Cancer Institute|Instituto Nacional del Cáncer/)
    await expect(credit.locator('a[href^="https://www.cancer.gov/"]')).toHaveCount(1)
    expect(await seriousViolations(page)).toEqual([])
  })
}
