import type { Page } from '@playwright/test'

import { expect } from '@playwright/test'

export const artifacts = 'artifacts'

/** Signs in to the admin through its login form. */
export const signIn = async (page: Page, email: string, password = 'galley-demo') => {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
