import { expect, test, type Page } from '@playwright/test'
import { DESKTOP, PHONE, login as signIn, open } from './helpers'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

// Every menu page of every role, in both languages and at both widths: every-role.spec.ts.

async function login(page: Page) {
  await signIn(page, username, password)
}

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

test('on a phone the menu and the organization tree open as drawers, and no hint points at a tree on the left', async ({ page }) => {
  await login(page)
  await page.setViewportSize(PHONE)
  await open(page, '/')
  await expect(page.getByTestId('nav-menu')).toHaveCount(0)
  await expect(page.getByTestId('main')).not.toContainText('在左侧组织树中选择')

  // The tree is behind the header's button; picking an organization opens it and closes the drawer.
  await expect(page.getByTestId('org-tree-node')).toHaveCount(0)
  await page.getByTestId('tree-toggle').click()
  const node = page.getByTestId('tree-drawer').getByTestId('org-tree-node').first()
  await expect(node).toBeVisible()
  const name = (await node.textContent())?.trim() ?? ''
  await node.click()
  await expect(page).toHaveURL(/\/organizations\/\d+$/)
  await expect(page.getByTestId('org-detail-title')).toHaveText(name)
  await expect(page.getByTestId('tree-drawer')).toBeHidden()

  // The menu drawer leads to the pages and closes behind itself.
  await page.getByTestId('nav-toggle').click()
  await page.getByTestId('nav-drawer').locator('[data-testid=nav-item][data-path="/members"]').click()
  await expect(page).toHaveURL(/\/members$/)
  await expect(page.getByTestId('nav-drawer')).toBeHidden()

  // On a desktop the tree is on the left and the menu in the header.
  await page.setViewportSize(DESKTOP)
  await expect(page.getByTestId('nav-menu')).toBeVisible()
  await expect(page.getByTestId('org-tree-node').first()).toBeVisible()
})

test('an address without a page and a record that does not exist say so, in Chinese', async ({ page }) => {
  await login(page)
  await open(page, '/no-such-page')
  await expect(page.getByTestId('not-found')).toContainText('页面不存在')

  const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/members/999999999')
  await page.goto('/members/999999999')
  expect((await answer).status()).toBe(404)
  await expect(page.getByTestId('not-found')).toContainText('记录不存在')
  // The page says it; no message repeats it (least of all in English).
  await expect(page.locator('.el-message')).toHaveCount(0)
})

test('without activity the session ends after the idle time, with a warning a minute before', async ({ page }) => {
  await page.clock.install()
  await login(page)
  await page.setViewportSize(PHONE)
  // The server's `idle_logout_minutes` (30 when it does not say).
  const minutes = await page.evaluate(async () => {
    const token = JSON.parse(localStorage.getItem('dangjian.auth') ?? '{}').accessToken
    const me = await (await fetch('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } })).json()
    return typeof me.idle_logout_minutes === 'number' ? me.idle_logout_minutes : 30
  })
  const warning = page.getByTestId('idle-warning')

  await page.clock.fastForward((minutes - 1) * 60_000 + 5_000)
  await expect(warning).toBeVisible()
  await expect(warning).toContainText('秒后自动退出登录')
  // Any activity starts the time again.
  await page.mouse.move(20, 200)
  await page.mouse.move(40, 220)
  await expect(warning).toBeHidden()

  await page.clock.fastForward((minutes - 1) * 60_000 + 5_000)
  await expect(warning).toBeVisible()
  await page.clock.fastForward(60_000)
  await expect(page).toHaveURL(/\/login/)
  await expect(page.getByText('由于长时间未操作，已自动退出登录')).toBeVisible()
})
