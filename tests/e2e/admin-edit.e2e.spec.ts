import { expect, test } from '@playwright/test'

import { lexical } from '@/domain/richtext/buildLexical'

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

test('a writer edits one section of a long summary from its outline, and the draft has the change', async ({ page }) => {
  await signIn(page, 'writer@galley.test')
  // A summary longer than the admin edits in one form (INLINE_SECTIONS_LIMIT, 40): 45 sections.
  const sections = Array.from({ length: 45 }, (_, index) => ({
    title: `Part ${index + 1}`,
    level: index % 3 === 0 ? 1 : 2,
    sectionType: 'other',
    body: lexical([`Text of part ${index + 1}.`]),
  }))
  const made = await page.request.post('/api/summaries?draft=true', {
    data: {
      title: `Long summary ${Date.now()}`,
      audience: 'health-professional',
      language: 'en',
      summaryType: 'treatment',
      cancerType: 'Test cancer',
      sections,
    },
  })
  expect(made.status()).toBe(201)
  const id = ((await made.json()) as { doc: { id: number } }).doc.id

  await page.goto(`/admin/collections/summaries/${id}`)
  const outline = page.getByRole('region', { name: 'Sections (45)' })
  await expect(outline).toBeVisible()
  await expect(outline.getByRole('listitem')).toHaveCount(45)
  await page.screenshot({ path: `${artifacts}/admin-long-summary-outline.png` })

  await outline.getByRole('button', { name: 'Edit Part 3', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/section-edits\/\d+/)
  await expect(page.getByRole('note')).toContainText('saving writes it into the summary’s draft')
  await expect(page.locator('#field-title')).toHaveValue('Part 3')
  const editor = page.locator('[data-lexical-editor="true"]')
  await expect(editor).toHaveCount(1)
  await editor.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Revised.')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible()
  await page.screenshot({ path: `${artifacts}/admin-section-edit.png`, fullPage: true })

  const draft = (await (await page.request.get(`/api/summaries/${id}?draft=true&depth=0`)).json()) as { sections: { body: unknown }[] }
  expect(JSON.stringify(draft.sections[2].body)).toContain('Text of part 3. Revised.')
  expect(JSON.stringify(draft.sections[3].body)).toContain('Text of part 4.')
  expect(JSON.stringify(draft.sections[3].body)).not.toContain('Revised')

  await page.getByRole('link', { name: /Back to the summary’s sections/ }).click()
  await expect(page.getByRole('region', { name: 'Sections (45)' })).toBeVisible()
})
