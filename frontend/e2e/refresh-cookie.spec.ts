import { expect, test } from '@playwright/test'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

test('the refresh token stays in an HttpOnly cookie and renews an expired access token', async ({ page, context }) => {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('current-user')).not.toBeEmpty()

  // Script sees no refresh token anywhere; the browser holds it where script cannot read it.
  const stored = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie)
  expect(stored).not.toContain('refresh')
  const cookie = (await context.cookies()).find((c) => c.name === 'dangjian_refresh')
  expect(cookie?.httpOnly).toBe(true)
  expect(cookie?.sameSite).toBe('Strict')

  // An access token that no longer works is renewed through the cookie, without a new login.
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('dangjian.auth') ?? '{}') as Record<string, unknown>
    localStorage.setItem('dangjian.auth', JSON.stringify({ ...saved, accessToken: 'expired' }))
  })
  const renewed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/token') && r.status() === 200)
  await page.reload()
  await renewed
  await expect(page.getByTestId('current-user')).not.toBeEmpty()
  await expect(page).not.toHaveURL(/\/login/)

  // Logging out ends the session and removes the cookie.
  await page.getByTestId('account-menu').click()
  await page.getByTestId('logout').click()
  await expect(page).toHaveURL(/\/login/)
  await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'dangjian_refresh')).toBe(false)
})
