import { expect, test } from '@playwright/test'

import { artifacts, signIn } from './helpers'

test('a writer signs in to the admin and saves a draft edit of a drug', async ({ page }) => {
  await signIn(page, 'writer@galley.test')

  await page.goto('/admin/collections/drugs')
  await page.getByPlaceholder(/Search by/).fill('imatinib')
  await expect(page).toHaveURL(/search=imatinib/)
  await expect(page.locator('.table tbody tr')).toHaveCount(1)
  await page.getByRole('link', { name: 'imatinib', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/drugs\/\d+/)
  const drugClass = page.locator('#field-drugClass')
  await expect(drugClass).toHaveValue(/kinase inhibitor/i)

  await drugClass.fill('Tyrosine kinase inhibitor (BCR-ABL, KIT, PDGFR)')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await expect(page.getByText(/Draft saved successfully/i)).toBeVisible()
  await page.screenshot({ path: `${artifacts}/admin-writer-edits-drug.png`, fullPage: true })

  await page.reload()
  await expect(drugClass).toHaveValue('Tyrosine kinase inhibitor (BCR-ABL, KIT, PDGFR)')
})
