import { expect, test } from '@playwright/test'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

test('an org_admin logs in and opens an organization from the tree', async ({ page }) => {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()

  const firstNode = page.getByTestId('org-tree-node').first()
  await expect(firstNode).toBeVisible()
  await expect(page).not.toHaveURL(/\/login/)

  const name = (await firstNode.textContent())?.trim() ?? ''
  expect(name).not.toBe('')
  await firstNode.click()

  await expect(page).toHaveURL(/\/organizations\/\d+$/)
  await expect(page.getByTestId('org-detail-title')).toHaveText(name)
  await expect(page.getByTestId('org-tab-children')).toBeVisible()
  await expect(page.getByTestId('org-tab-children')).toHaveText('下级组织')
})

test('a wrong password shows an error and stays on the login page', async ({ page }) => {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(`${password}-wrong`)
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/token'))
  await page.getByTestId('login-submit').click()

  expect((await answer).ok()).toBe(false)
  await expect(page.getByTestId('login-error')).toBeVisible()
  await expect(page).toHaveURL(/\/login/)
})
