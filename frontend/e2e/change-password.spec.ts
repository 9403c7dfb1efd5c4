import { expect, test } from '@playwright/test'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

// Never changes the password (the other specs log in with it): only refusals are tried.
test('the change-password page, from the account menu, shows the rules and the refused ones', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('current-user')).not.toBeEmpty()

  await page.getByTestId('account-menu').click()
  await page.getByTestId('change-password').click()
  await expect(page).toHaveURL(/\/password$/)
  await expect(page.getByTestId('password-rules')).toContainText('至少 8 个字符')
  await expect(page.getByTestId('password-forced')).toHaveCount(0)

  // The confirmation is checked here, before anything is sent.
  await page.getByTestId('password-current').fill(password)
  await page.getByTestId('password-new').fill('abc')
  await page.getByTestId('password-confirm').fill('abd')
  await page.getByTestId('password-submit').click()
  await expect(page.getByText('两次输入的新密码不一致')).toBeVisible()

  // The server names every broken rule on the new password.
  await page.getByTestId('password-confirm').fill('abc')
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/v1/me/password'))
  await page.getByTestId('password-submit').click()
  expect((await answer).status()).toBe(422)
  await expect(page.getByText('密码太短', { exact: false })).toBeVisible()
  await expect(page).toHaveURL(/\/password$/)
})
