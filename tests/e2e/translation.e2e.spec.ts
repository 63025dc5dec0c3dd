import { expect, test } from '@playwright/test'

import { artifacts, signIn } from './helpers'

test.use({ viewport: { width: 1440, height: 1000 } })

test('a writer creates the Spanish translation of an English summary as a linked draft', async ({ page }) => {
  await signIn(page, 'writer@galley.test')
  const found = await page.evaluate(async () => {
    const response = await fetch('/api/summaries?where[language][equals]=en&limit=1&depth=0', { credentials: 'include' })
    return ((await response.json()) as { docs: { id: number; title: string }[] }).docs[0]
  })
  await page.goto(`/admin/collections/summaries/${found.id}`)
  await page.getByRole('button', { name: 'Create Spanish translation' }).click()

  // The new draft opens: Spanish, linked to its source, not published.
  await expect(page).not.toHaveURL(new RegExp(`/summaries/${found.id}$`))
  await expect(page).toHaveURL(/\/admin\/collections\/summaries\/\d+$/)
  const draftId = Number(page.url().split('/').at(-1))
  const draft = await page.evaluate(async (id) => {
    const response = await fetch(`/api/summaries/${id}?draft=true&depth=0`, { credentials: 'include' })
    return (await response.json()) as { language: string; translationOf: number; _status: string }
  }, draftId)
  expect(draft).toMatchObject({ language: 'es', translationOf: found.id, _status: 'draft' })
  // The editor of a long summary is tall: the first screen shows the new draft's title and sidebar.
  await page.screenshot({ path: `${artifacts}/translation-draft.png` })

  // The English summary now links to its translation instead of offering another.
  await page.goto(`/admin/collections/summaries/${found.id}`)
  await expect(page.locator('.galley-translation').getByRole('link')).toHaveAttribute('href', `/admin/collections/summaries/${draftId}`)
  await expect(page.getByRole('button', { name: 'Create Spanish translation' })).toHaveCount(0)
})
