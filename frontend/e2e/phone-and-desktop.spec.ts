import { expect, test, type Page } from '@playwright/test'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

/**
 * A run of three or more Latin-letter words: an English sentence, which a zh-CN page must not
 * show. Text marked `lang="en"` (the server's own English records, such as an audit event's
 * detail) is data shown as it is, not the page's wording, and is left out.
 */
const ENGLISH = /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){2,}/

async function login(page: Page) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('current-user')).not.toBeEmpty()
}

async function setLocale(page: Page, locale: 'zh-CN' | 'en') {
  await page.evaluate((value) => localStorage.setItem('dangjian.locale', value), locale)
}

/** Every page the menu offers this account, read from the phone's menu drawer. */
async function menuPages(page: Page): Promise<string[]> {
  await page.setViewportSize(PHONE)
  await page.goto('/start')
  await page.getByTestId('nav-toggle').click()
  const items = page.getByTestId('nav-drawer').getByTestId('nav-item')
  await expect(items.first()).toBeAttached()
  const paths = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-path') ?? ''))
  return [...new Set(paths.filter((path) => path.startsWith('/')))]
}

/** Opens a page and waits until its requests have been answered and it has settled. */
async function open(page: Page, path: string) {
  await page.goto(path)
  await page.waitForLoadState('networkidle')
  await expect(page.getByTestId('main')).toBeVisible()
  // Lists render after their answers; give tables a moment to lay out their columns.
  await page.waitForTimeout(300)
}

async function pageWidth(page: Page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }))
}

/** English sentences in the main content, with the elements marked as English taken out. */
async function englishIn(page: Page): Promise<string[]> {
  const text: string = await page.getByTestId('main').evaluate((main: HTMLElement) => {
    // The visible text (innerText), less the parts marked as English.
    let visible = main.innerText
    for (const node of main.querySelectorAll<HTMLElement>('[lang="en"]')) visible = visible.replace(node.innerText, '')
    return visible
  })
  return text
    .split('\n')
    .map((line: string) => line.match(ENGLISH)?.[0])
    .filter((match): match is string => !!match)
}

test('every menu page fits a phone and a desktop, in Chinese without English sentences and in English', async ({ page }) => {
  test.setTimeout(240_000)
  await login(page)
  const pages = await menuPages(page)
  expect(pages.length, 'the menu offers pages').toBeGreaterThan(3)

  for (const locale of ['zh-CN', 'en'] as const) {
    await setLocale(page, locale)
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size)
      for (const path of pages) {
        await open(page, path)
        const where = `${path} at ${size.width}px in ${locale}`
        const { scroll, viewport } = await pageWidth(page)
        expect(scroll, `${where}: the page is ${scroll}px wide`).toBeLessThanOrEqual(viewport)
        if (locale === 'zh-CN') expect(await englishIn(page), `${where}: English on a Chinese page`).toEqual([])
      }
    }
  }
  await setLocale(page, 'zh-CN')
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
