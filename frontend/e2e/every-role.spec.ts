import { expect, test } from '@playwright/test'
import {
  DESKTOP,
  PHONE,
  axeViolations,
  collectErrors,
  demoAccounts,
  englishIn,
  login,
  menuPages,
  menuWidth,
  open,
  pageWidth,
  rawIdsIn,
  setLocale,
  settle,
} from './helpers'

/**
 * One person account of each role of the demo city (the hotline's service account has no
 * pages). Each signs in once, the administrators setting up their second factor, and walks every
 * page of its menu in both languages on a phone and a desktop.
 */
const ACCOUNTS = [
  'sysadmin',
  'secadmin',
  'auditor',
  'city_admin',
  'laocheng_admin',
  'xincheng_viewer',
  'yucai_grid',
  'yucai_member',
]

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

for (const username of ACCOUNTS) {
  test(`${username}: every menu page fits, names its records, reports no errors and passes axe`, async ({ page }) => {
    // The largest menus take minutes: every page, twice per language, with axe each time.
    test.setTimeout(420_000)
    const account = demoAccounts().get(username)
    expect(account, `${username} is among the demo accounts`).toBeTruthy()
    const errors = collectErrors(page)
    const problems: string[] = []

    await page.setViewportSize(PHONE)
    // The way in is checked too: the login form, and the administrators' second-factor set-up.
    await login(page, username, account!.password, async (step) => {
      for (const line of await axeViolations(page)) problems.push(`${step}: ${line}`)
    })
    const pages = await menuPages(page)
    expect(pages.length, 'the menu offers pages').toBeGreaterThan(0)
    // The open menu drawer is a page of its own for a phone's user.
    for (const line of await axeViolations(page)) problems.push(`menu drawer: ${line}`)
    for (const error of errors.splice(0)) problems.push(`signing in: ${error}`)

    for (const locale of ['zh-CN', 'en'] as const) {
      await setLocale(page, locale)
      for (const path of pages) {
        // Each page is opened on a phone, then the window widens to a desktop's (the layout
        // follows); a second load per width would double the walk's time for little more.
        await page.setViewportSize(PHONE)
        await open(page, path)
        for (const size of [PHONE, DESKTOP]) {
          if (size === DESKTOP) {
            await page.setViewportSize(size)
            await settle(page)
          }
          const where = `${path} at ${size.width}px in ${locale}`
          const { scroll, viewport } = await pageWidth(page)
          if (scroll > viewport) problems.push(`${where}: the page is ${scroll}px wide`)
          // The header's menu wraps what does not fit rather than running under the account.
          const menu = await menuWidth(page)
          if (menu && menu.scroll > menu.client) problems.push(`${where}: the menu needs ${menu.scroll}px of ${menu.client}px`)
          if (locale === 'zh-CN') for (const text of await englishIn(page)) problems.push(`${where}: English: ${text}`)
          for (const text of await rawIdsIn(page)) problems.push(`${where}: a number for a name: ${text}`)
          for (const line of await axeViolations(page)) problems.push(`${where}: ${line}`)
          for (const error of errors.splice(0)) problems.push(`${where}: ${error}`)
        }
      }
    }
    await setLocale(page, 'zh-CN')
    expect(problems).toEqual([])
  })
}

test('the login page passes axe in both languages, on a phone and a desktop', async ({ page }) => {
  const problems: string[] = []
  for (const locale of ['zh-CN', 'en'] as const) {
    await page.goto('/login')
    await setLocale(page, locale)
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size)
      await page.goto('/login')
      await expect(page.getByTestId('login-submit')).toBeVisible()
      for (const line of await axeViolations(page)) problems.push(`login at ${size.width}px in ${locale}: ${line}`)
    }
  }
  await setLocale(page, 'zh-CN')
  expect(problems).toEqual([])
})

test('the menu works from the keyboard on a desktop and a phone, and shows where the focus is', async ({ page }) => {
  const { username, password } = demoAccounts().get('city_admin')!
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      const style = element ? getComputedStyle(element) : null
      return {
        path: element?.getAttribute('data-path') ?? null,
        testid: element?.getAttribute('data-testid') ?? null,
        group: element?.tagName === 'BUTTON' && !!element.closest('[data-testid=nav-menu]'),
        outlined: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      }
    })
  async function tabTo(wanted: (now: Awaited<ReturnType<typeof focused>>) => boolean) {
    for (let presses = 0; presses < 15; presses++) {
      await page.keyboard.press('Tab')
      const now = await focused()
      if (wanted(now)) return now
    }
    throw new Error('Tab did not reach the element')
  }

  // Desktop: Tab reaches the header menu, the focus shows, Enter opens the page.
  await page.setViewportSize(DESKTOP)
  await login(page, username, password)
  await open(page, '/members')
  const item = await tabTo((now) => now.path !== null)
  expect(item.outlined, 'the focused menu item is outlined').toBe(true)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${item.path}$`))
  // A group opens with Enter; the arrow keys and Enter pick one of its pages.
  await open(page, '/members')
  const group = await tabTo((now) => now.group)
  expect(group.outlined, 'the focused group is outlined').toBe(true)
  await page.keyboard.press('Enter')
  const choices = page.locator('.el-dropdown-menu [data-testid=nav-item]:visible')
  await expect(choices.first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(choices.nth(1)).toBeFocused()
  const second = await choices.nth(1).getAttribute('data-path')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${second}$`))

  // Phone: the menu button opens the drawer, whose items take the focus; Escape closes it again.
  await page.setViewportSize(PHONE)
  await open(page, '/members')
  const toggle = await tabTo((now) => now.testid === 'nav-toggle')
  expect(toggle.outlined, 'the focused menu button is outlined').toBe(true)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('nav-drawer')).toBeVisible()
  const drawerItem = await tabTo((now) => now.path !== null)
  expect(drawerItem.outlined, 'the focused drawer item is outlined').toBe(true)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('nav-drawer')).toBeHidden()
  expect((await focused()).testid, 'the focus returns to the menu button').toBe('nav-toggle')
})
