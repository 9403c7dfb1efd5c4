import { createHmac } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import axe from 'axe-core'
import { expect, type APIRequestContext, type Browser, type Locator, type Page, type Request, type Response } from '@playwright/test'

export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 800 }

/**
 * A run of three or more Latin-letter words: an English sentence, which a zh-CN page must not
 * show. Text marked `lang="en"` (the server's own English records, such as an audit event's
 * detail) is data shown as it is, not the page's wording, and is left out.
 */
export const ENGLISH = /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){2,}/

/** A record shown by its number (`#44`) where its name belongs. */
export const RAW_ID = /#\d+/

export interface Account {
  username: string
  role: string
  password: string
}

/**
 * The demo accounts `dangjian seed --demo` printed, from the file DANGJIAN_E2E_ACCOUNTS names:
 * after a heading, one `username role password scope: …` line each.
 */
export function demoAccounts(): Map<string, Account> {
  const file = process.env.DANGJIAN_E2E_ACCOUNTS ?? ''
  expect(file, 'DANGJIAN_E2E_ACCOUNTS must name the seed output').toBeTruthy()
  const accounts = new Map<string, Account>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = line.match(/^\s+(\S+)\s+(\S+)\s+(\S+)\s+scope:/)
    if (match) accounts.set(match[1], { username: match[1], role: match[2], password: match[3] })
  }
  return accounts
}

/** A demo account by its user name. */
export function demoAccount(username: string): Account {
  const found = demoAccounts().get(username)
  expect(found, `${username} is among the demo accounts`).toBeTruthy()
  return found!
}

/** A browser of one person's own (its own session), in Chinese: a phone unless told otherwise. */
export async function person(browser: Browser, viewport: { width: number; height: number } = PHONE): Promise<Page> {
  const context = await browser.newContext({ baseURL: process.env.DANGJIAN_E2E_BASE_URL, viewport, locale: 'zh-CN' })
  return context.newPage()
}

/** A demo account signed in on a phone of its own (or the viewport given), in Chinese. */
export async function signedIn(
  browser: Browser,
  username: string,
  viewport: { width: number; height: number } = PHONE,
): Promise<Page> {
  const page = await person(browser, viewport)
  await login(page, username, demoAccount(username).password)
  return page
}

/** The answer to the next request of the page to a path (exact, or a pattern), by method. */
export function answerTo(page: Page, pathname: string | RegExp, method = 'GET'): Promise<Response> {
  return page.waitForResponse((response) => {
    const path = new URL(response.url()).pathname
    return response.request().method() === method && (typeof pathname === 'string' ? path === pathname : pathname.test(path))
  })
}

const STEP_MS = 30_000

/** RFC 6238 with the usual parameters (SHA-1, 6 digits, 30 s) for a base32 secret, at `step`. */
export function totp(secret: string, step = Math.floor(Date.now() / STEP_MS)): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const char of secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0')
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const mac = createHmac('sha1', key).update(counter).digest()
  const offset = mac[mac.length - 1] & 0xf
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

/**
 * The administrators' unused recovery codes, kept next to the accounts file: a later run against
 * the same database signs in with one, as a person without their phone would. A code is good
 * once; unlike an app's code it does not depend on the clock.
 */
function recoveryFile(): string {
  return `${process.env.DANGJIAN_E2E_ACCOUNTS ?? ''}.recovery.json`
}

function readRecoveryCodes(): Record<string, string[]> {
  return existsSync(recoveryFile()) ? (JSON.parse(readFileSync(recoveryFile(), 'utf8')) as Record<string, string[]>) : {}
}

function keepRecoveryCodes(username: string, codes: string[]) {
  writeFileSync(recoveryFile(), JSON.stringify({ ...readRecoveryCodes(), [username]: codes }), { mode: 0o600 })
}

/** An unused recovery code of the account, taken off the kept ones. */
function recoveryCode(username: string): string {
  const [code, ...rest] = readRecoveryCodes()[username] ?? []
  expect(code, `a recovery code of ${username} from an earlier set-up`).toBeTruthy()
  keepRecoveryCodes(username, rest)
  return code
}

/** Called at each step a person sees on the way in (the login form, the set-up's steps). */
type StepCheck = (step: string) => Promise<void>

/**
 * Signs in. An administrator without a second factor sets one up, as a person would; one with
 * it (set up by an earlier login of these tests) gives one of the recovery codes it was shown.
 */
export async function login(page: Page, username: string, password: string, check?: StepCheck) {
  await page.goto('/login')
  await expect(page.getByTestId('login-submit')).toBeVisible()
  await check?.('login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  const code = page.getByTestId('login-otp')
  await expect(page.getByTestId('current-user').or(code)).toBeVisible()
  if (await code.isVisible()) {
    await check?.('login: second factor')
    await page.getByTestId('login-recovery-toggle').click()
    await page.getByTestId('login-otp').fill(recoveryCode(username))
    await page.getByTestId('login-submit').click()
  }
  await expect(page.getByTestId('current-user')).not.toBeEmpty()
  if (new URL(page.url()).pathname === '/second-factor') await enrollSecondFactor(page, username, password, check)
}

/**
 * The forced second-factor set-up: the password again, then the code of the secret the page
 * shows (computed here, as an authenticator app would), then the recovery codes.
 */
export async function enrollSecondFactor(page: Page, username: string, password: string, check?: StepCheck) {
  await check?.('second factor: password')
  await page.getByTestId('second-factor-password').fill(password)
  await page.getByTestId('second-factor-start').click()
  const secret = ((await page.getByTestId('second-factor-secret').textContent()) ?? '').replace(/\s/g, '')
  expect(secret, 'the page shows the secret').not.toBe('')
  await check?.('second factor: app')
  await page.getByTestId('second-factor-code').fill(totp(secret))
  await page.getByTestId('second-factor-confirm').click()
  const codes = page.getByTestId('second-factor-recovery-codes').locator('li')
  await expect(codes.first()).toBeVisible()
  keepRecoveryCodes(username, (await codes.allTextContents()).map((code) => code.trim()))
  await check?.('second factor: recovery codes')
  await page.getByTestId('second-factor-saved').click()
  await page.getByTestId('second-factor-done').click()
  await expect(page).not.toHaveURL(/\/second-factor/)
}

export async function setLocale(page: Page, locale: 'zh-CN' | 'en') {
  await page.evaluate((value) => localStorage.setItem('dangjian.locale', value), locale)
}

/** Every page the menu offers this account, read from the phone's menu drawer. */
export async function menuPages(page: Page): Promise<string[]> {
  await page.setViewportSize(PHONE)
  await open(page, '/start')
  await page.getByTestId('nav-toggle').click()
  const items = page.getByTestId('nav-drawer').getByTestId('nav-item')
  await expect(items.first()).toBeVisible()
  await animationsDone(page)
  const paths = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-path') ?? ''))
  return [...new Set(paths.filter((path) => path.startsWith('/')))]
}

/** Requests each page has sent and not yet seen answered (or failed). */
const inFlight = new WeakMap<Page, Set<Request>>()

function pending(page: Page): Set<Request> {
  let requests = inFlight.get(page)
  if (!requests) {
    const set = new Set<Request>()
    page.on('request', (request) => set.add(request))
    page.on('requestfinished', (request) => set.delete(request))
    page.on('requestfailed', (request) => set.delete(request))
    inFlight.set(page, set)
    requests = set
  }
  return requests
}

/** Opens a page and waits until it has settled (see `settle`). */
export async function open(page: Page, path: string) {
  pending(page)
  await page.goto(path)
  await settle(page)
}

/**
 * Waits until the page has settled: no request of it open, also after two animation frames
 * (in which the answers render and start the look-ups they need), no loading mask left.
 */
export async function settle(page: Page) {
  const requests = pending(page)
  await expect(page.getByTestId('main')).toBeVisible()
  await expect
    .poll(
      async () => {
        if (requests.size > 0) return false
        // Two frames: the answers render, and what they render sends its own requests.
        await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
        return requests.size === 0
      },
      { message: 'the page finishes its requests', intervals: [25], timeout: 20_000 },
    )
    .toBe(true)
  await expect(page.locator('.el-loading-mask:visible')).toHaveCount(0)
  await animationsDone(page)
}

/**
 * Waits until the page's transitions and finite animations have ended (a drawer sliding in, a
 * tag zooming in): half-drawn, their colours would fail the contrast check. Endless ones (a
 * spinner) are left out.
 */
export async function animationsDone(page: Page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity),
  )
}

export async function pageWidth(page: Page) {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }))
}

/** The desktop header menu's width and the width its items take, if the page shows it. */
export async function menuWidth(page: Page): Promise<{ scroll: number; client: number } | null> {
  const menu = page.getByTestId('nav-menu')
  if ((await menu.count()) === 0) return null
  return menu.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }))
}

/** The main content's visible text, less the parts marked as English (data shown as it is). */
async function mainText(page: Page): Promise<string> {
  return page.getByTestId('main').evaluate((main: HTMLElement) => {
    let visible = main.innerText
    for (const node of main.querySelectorAll<HTMLElement>('[lang="en"]')) visible = visible.replace(node.innerText, '')
    return visible
  })
}

/** English sentences in the main content. */
export async function englishIn(page: Page): Promise<string[]> {
  return (await mainText(page))
    .split('\n')
    .map((line: string) => line.match(ENGLISH)?.[0])
    .filter((match): match is string => !!match)
}

/** Records shown by their number instead of their name, in the main content. */
export async function rawIdsIn(page: Page): Promise<string[]> {
  return (await mainText(page))
    .split('\n')
    .filter((line) => RAW_ID.test(line))
    .map((line) => line.trim())
}

/** What a Chinese-speaking user would trip over: a page wider than the window, English, numbers for names. */
export async function expectReadable(page: Page, where: string) {
  await settle(page)
  const { scroll, viewport } = await pageWidth(page)
  expect(scroll, `${where}: the page is ${scroll}px wide`).toBeLessThanOrEqual(viewport)
  expect(await englishIn(page), `${where}: English on a Chinese page`).toEqual([])
  expect(await rawIdsIn(page), `${where}: a number for a name`).toEqual([])
}

/**
 * Errors the page reports: console errors and uncaught exceptions. Returns the list, filled as
 * they come; the caller empties it after reading.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`))
  return errors
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * Serious and critical axe-core violations of WCAG 2.1 A/AA on the page as it is, one line each
 * (rule, impact, the elements). axe is put into the page through the debugging protocol, which
 * the server's Content-Security-Policy does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // A message or dialog still fading in has the contrast of its half-way opacity: the page is
  // judged once its finite animations and transitions have ended.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const violations = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run
    const result = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }))
  }, WCAG_TAGS)
  return violations.map(({ id, impact, targets }) => `${id} (${impact}): ${targets.slice(0, 5).join(' | ')}${targets.length > 5 ? ` … ${targets.length} in all` : ''}`)
}

/** Takes a step of a request from its page's step buttons: opens the step's dialog, lets `fill`
 * complete it, submits, and waits for the server's answer and the page to settle. */
export async function takeStep(page: Page, name: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.getByTestId('request-steps').getByRole('button', { name, exact: true }).click()
  const dialog = page.getByRole('dialog', { name })
  await expect(dialog).toBeVisible()
  await fill?.(dialog)
  const stepped = answerTo(page, /\/api\/v1\/requests\/\d+\/steps$/, 'POST')
  await dialog.getByTestId('request-step-submit').click()
  expect((await stepped).status()).toBe(200)
  await expect(dialog).toBeHidden()
  await settle(page)
}

/** A day in China Standard Time as the API writes days: today, or `offset` days from it. */
export function chinaDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)
}

/** This year in China Standard Time. */
export function thisYear(): number {
  return Number(chinaDay().slice(0, 4))
}

/** A record the API names. */
export interface Named {
  id: number
  name: string
}

/** A page of a list the API answers. */
export interface ListPage<T> {
  items: T[]
  total: number
}

/** The API as a demo account: what the database holds before the browser changes it, or what a test sets up. */
export async function apiAs(request: APIRequestContext, username: string) {
  const { password } = demoAccount(username)
  const answer = await request.post('/api/v1/auth/token', { data: { grant_type: 'password', username, password } })
  expect(answer.ok(), 'token').toBe(true)
  const { access_token: token } = (await answer.json()) as { access_token: string }
  const headers = { Authorization: `Bearer ${token}` }
  return {
    async get<T>(path: string): Promise<T> {
      const response = await request.get(path, { headers })
      expect(response.ok(), `GET ${path}`).toBe(true)
      return (await response.json()) as T
    },
    async post<T>(path: string, data: unknown): Promise<T> {
      const response = await request.post(path, { headers, data })
      expect(response.ok(), `POST ${path}: ${await response.text()}`).toBe(true)
      return (await response.json()) as T
    },
    /** A change of a record, sent with the version read just before (If-Match): someone else's change meanwhile. */
    async patch<T>(path: string, data: unknown): Promise<T> {
      const read = await request.get(path, { headers })
      expect(read.ok(), `GET ${path}`).toBe(true)
      const response = await request.patch(path, { headers: { ...headers, 'If-Match': read.headers()['etag'] ?? '' }, data })
      expect(response.ok(), `PATCH ${path}: ${await response.text()}`).toBe(true)
      return (await response.json()) as T
    },
    /** A community of the demo city by its name. */
    async community(name: string): Promise<Named> {
      const found = await this.get<ListPage<Named>>(`/api/v1/areas?kind=community&q=${encodeURIComponent(name)}`)
      const area = found.items.find((item) => item.name === name)
      expect(area, `the demo city has ${name}`).toBeTruthy()
      return area!
    },
  }
}

/** Opens a page of a group of the desktop header's menu. */
export async function fromMenu(page: Page, group: string, label: string, path: string) {
  await page.getByTestId('nav-menu').getByRole('button', { name: group }).click()
  await page.locator(`.el-dropdown-menu [data-testid=nav-item][data-path="${path}"]:visible`).filter({ hasText: label }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await settle(page)
}

/** Picks an organization or area in a tree select by searching its name. */
export async function pickInTree(page: Page, select: Locator, name: string) {
  await select.click()
  await page.keyboard.type(name)
  await page.locator('.el-popper.tree-select-popper:visible').getByText(name, { exact: true }).click()
}

/** Picks an option of a plain select. */
export async function pick(page: Page, select: Locator, option: string) {
  await select.click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Sends a dialog's form and answers the server's status. */
export async function send(page: Page, dialog: Locator, button: string, path: string | RegExp, method = 'POST'): Promise<number> {
  const answer = answerTo(page, path, method)
  await dialog.getByTestId(button).click()
  return (await answer).status()
}

/** The error under a form item, as the person sees it. */
export function fieldError(item: Locator): Locator {
  return item.locator('.el-form-item__error')
}

/** A table's row holding a text. */
export function row(page: Page, table: string, text: string): Locator {
  return page.getByTestId(table).locator('tr.el-table__row').filter({ hasText: text })
}

/** Checks a page as `expectReadable` does, collecting its serious axe violations into `problems`. */
export function checker(problems: string[]) {
  return async (page: Page, where: string) => {
    await expectReadable(page, where)
    for (const line of await axeViolations(page)) problems.push(`${where}: ${line}`)
  }
}
