import { readFile } from 'node:fs/promises'
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { DESKTOP, PHONE, answerTo, axeViolations, demoAccount, expectReadable, login, open, person, settle } from './helpers'

/**
 * The half-year feedback on a vertically managed unit to its superior (§6), as 老城街道's
 * party-affairs worker does it in Chinese on a desktop: the demo city's tax bureau, whose
 * superior is 国家税务总局陕西省税务局 (outside the city's tree), had a task answered and a task
 * left overdue in the last half year that has ended; the report is composed for it, signed off
 * (composing it again is then refused at the period), delivered, exported and printed. Then the
 * list on a 390 px phone, as cards. Each run takes the latest ended half year that has no
 * signed-off report yet (the one before, on a database an earlier run reported on), and the
 * tasks' texts are unique per run, so it runs again against the same database.
 */

const TAX = '国家税务总局安康市税务局'
const SUPERIOR = '国家税务总局陕西省税务局'
const STREET = '老城街道'

interface Half {
  year: number
  half: 1 | 2
}

/** A day counted from today in China Standard Time, as the API writes it. */
function chinaDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)
}

/** The latest half year that has ended today (China Standard Time). */
function lastEndedHalf(): Half {
  const [year, month] = chinaDay().split('-').map(Number)
  return month <= 6 ? { year: year - 1, half: 2 } : { year, half: 1 }
}

function halfBefore({ year, half }: Half): Half {
  return half === 2 ? { year, half: 1 } : { year: year - 1, half: 2 }
}

/** A `YYYY-MM-DD` day as the printed documents write it in Chinese: 2026年11月3日. */
function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

/** The API as the street's worker, to set up the half year's tasks the report is made of. */
async function apiAs(request: APIRequestContext, username: string, password: string) {
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
  }
}

/** Opens a page of the 共驻共建 group from the desktop header's menu. */
async function fromMenu(page: Page, label: string, path: string) {
  await page.getByTestId('nav-menu').getByRole('button', { name: '共驻共建' }).click()
  await page.locator(`.el-dropdown-menu [data-testid=nav-item][data-path="${path}"]:visible`).filter({ hasText: label }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await settle(page)
}

/** Fills 生成反馈报告 with the tax bureau and a half year, and sends it. */
async function compose(page: Page, target: Half): Promise<Locator> {
  await page.getByTestId('feedback-compose').click()
  const dialog = page.getByRole('dialog', { name: '生成反馈报告' })
  await expect(dialog).toBeVisible()
  // Only vertically managed units are offered, listed as the select opens.
  await dialog.getByTestId('feedback-unit').click()
  await page.keyboard.type('税务局')
  await page.getByRole('option', { name: TAX }).first().click()
  await dialog.getByTestId('feedback-year').click()
  await page.getByRole('option', { name: String(target.year), exact: true }).click()
  await dialog.getByTestId('feedback-half').getByText(target.half === 1 ? '上半年' : '下半年', { exact: true }).click()
  return dialog
}

/** Confirms the page's confirmation box by its button, after checking what it says. */
async function confirm(page: Page, button: string, says: string) {
  const box = page.locator('.el-message-box')
  await expect(box).toContainText(says)
  await box.getByRole('button', { name: button, exact: true }).click()
}

test('a street composes the half-year feedback on the tax bureau, signs it off, delivers it to its superior and prints it', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const run = Date.now()
  const problems: string[] = []
  const check = async (page: Page, where: string) => {
    await expectReadable(page, where)
    for (const line of await axeViolations(page)) problems.push(`${where}: ${line}`)
  }
  const street = demoAccount('laocheng_admin')
  const api = await apiAs(request, street.username, street.password)

  // The half year: the latest ended one with no signed-off report on the tax bureau yet.
  const units = await api.get<{ items: { id: number; name: string }[] }>(`/api/v1/units?q=${encodeURIComponent(TAX)}&limit=5`)
  const tax = units.items.find((unit) => unit.name === TAX)!
  expect(tax, 'the demo city has the tax bureau').toBeTruthy()
  type Report = { year: number; half: number; signed_off_at: string | null }
  const earlier = await api.get<{ items: Report[] }>(`/api/v1/co-building/feedback-reports?unit_id=${tax.id}&limit=200`)
  let target = lastEndedHalf()
  while (earlier.items.some((r) => r.year === target.year && r.half === target.half && r.signed_off_at)) target = halfBefore(target)
  const period = `${target.year}年${target.half === 1 ? '上半年' : '下半年'}`
  const [from, to] = target.half === 1 ? [`${target.year}-01-01`, `${target.year}-06-30`] : [`${target.year}-07-01`, `${target.year}-12-31`]
  const day = (date: string) => `${target.year}-${target.half === 1 ? '03' : '09'}-${date}`

  // Two tasks the street gave the bureau in that half year: one answered, one left past its due day.
  const areas = await api.get<{ items: { id: number; name: string }[] }>(`/api/v1/areas?q=${encodeURIComponent(STREET)}&kind=street&limit=5`)
  const streetArea = areas.items.find((area) => area.name === STREET)!
  const answered = `税法宣传进社区（${run}）`
  const feedback = `已在育才、鼓楼两个社区开展税法宣传（${run}）`
  const late = `办税服务志愿者进社区（${run}）`
  const task = (title: string) => ({
    area_id: streetArea.id,
    title,
    description: '在辖区社区开展活动',
    assignee_kind: 'unit',
    assignee_id: tax.id,
    assigned_on: day('10'),
    due_on: day('20'),
  })
  const done = await api.post<{ id: number }>('/api/v1/co-building/tasks', task(answered))
  await api.post(`/api/v1/co-building/tasks/${done.id}/feedback`, { feedback, on: day('18') })
  await api.post('/api/v1/co-building/tasks', task(late))

  const page = await person(browser, DESKTOP)
  // The print button opens the browser's dialog: counted here instead.
  await page.addInitScript(() => {
    window.print = () => {
      const counted = window as unknown as { printed?: number }
      counted.printed = (counted.printed ?? 0) + 1
    }
  })
  await login(page, street.username, street.password)
  await fromMenu(page, '反馈报告', '/co-building/feedback-reports')
  await check(page, 'the feedback reports')

  // 生成反馈报告 for the tax bureau and the half year: the report's page opens.
  let dialog = await compose(page, target)
  const composed = answerTo(page, '/api/v1/co-building/feedback-reports', 'POST')
  await dialog.getByTestId('feedback-save').click()
  expect((await composed).status()).toBe(201)
  await expect(page).toHaveURL(/\/co-building\/feedback-reports\/\d+$/)
  await settle(page)
  const reportPath = new URL(page.url()).pathname
  await expect(page.getByTestId('feedback-title')).toHaveText(`${TAX} · ${period}`)
  await expect(page.getByTestId('feedback-state')).toHaveText('待签发')
  await expect(page.getByTestId('feedback-unit-shown')).toHaveText(TAX)
  await expect(page.getByTestId('feedback-superior-shown')).toHaveText(SUPERIOR)
  await expect(page.getByTestId('feedback-street-shown')).toHaveText(STREET)
  await expect(page.getByTestId('feedback-period-shown')).toHaveText(`${period}（${from} 至 ${to}）`)
  await expect(page.getByTestId('feedback-signed-off')).toHaveText('未签发')
  const tasks = page.getByTestId('feedback-tasks')
  const answeredRow = tasks.locator('tr').filter({ hasText: answered })
  await expect(answeredRow.getByTestId('feedback-task-state')).toHaveText('已反馈')
  await expect(answeredRow.getByTestId('feedback-task-feedback')).toHaveText(feedback)
  const lateRow = tasks.locator('tr').filter({ hasText: late })
  await expect(lateRow.getByTestId('feedback-task-state')).toHaveText('已分派')
  await expect(lateRow).toContainText('已超期')
  await expect(page.getByTestId('feedback-deliver')).toHaveCount(0)
  await check(page, 'the composed report')

  // 签发: after the confirmation it is the street's word, signed by the worker today.
  await page.getByTestId('feedback-sign-off').click()
  const signed = answerTo(page, /\/api\/v1\/co-building\/feedback-reports\/\d+\/sign-off$/, 'POST')
  await confirm(page, '签发', `签发后报告内容不再变更。确定签发${TAX}${period}的反馈报告？`)
  expect((await signed).status()).toBe(201)
  await expect(page.getByTestId('feedback-state')).toHaveText('已签发')
  await expect(page.getByTestId('feedback-signed-off')).toHaveText(`老城街道党务工作者 ${chinaDay()}`)
  await expect(page.getByTestId('feedback-sign-off')).toHaveCount(0)
  await expect(page.getByTestId('feedback-recompose')).toHaveCount(0)

  // Composing it again is refused now, said at the period.
  await fromMenu(page, '反馈报告', '/co-building/feedback-reports')
  const row = page.getByTestId('feedback-table').locator('tr.el-table__row').filter({ hasText: period }).filter({ hasText: TAX })
  await expect(row.getByTestId('feedback-state')).toHaveText('已签发')
  await expect(row.getByTestId('feedback-superior')).toHaveText(SUPERIOR)
  dialog = await compose(page, target)
  const refused = answerTo(page, '/api/v1/co-building/feedback-reports', 'POST')
  await dialog.getByTestId('feedback-save').click()
  expect((await refused).status()).toBe(409)
  await expect(dialog.locator('.el-form-item').filter({ hasText: '半年' })).toContainText('该单位这半年的反馈报告已签发，不能重新生成')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()

  // 送达上级: the provincial bureau is outside the city's tree, so the export is what goes.
  await row.getByTestId('feedback-link').click()
  await expect(page).toHaveURL(new RegExp(`${reportPath}$`))
  await settle(page)
  await page.getByTestId('feedback-deliver').click()
  const delivered = answerTo(page, /\/api\/v1\/co-building\/feedback-reports\/\d+\/delivery$/, 'POST')
  await confirm(page, '送达上级', `${SUPERIOR}不在本系统中`)
  expect((await delivered).status()).toBe(201)
  await expect(page.getByTestId('feedback-state')).toHaveText('已送达')
  await expect(page.getByTestId('feedback-delivered')).toHaveText(chinaDay())
  await expect(page.getByTestId('feedback-deliver')).toHaveCount(0)
  await check(page, 'the delivered report')

  // 导出 Excel: a spreadsheet named after the unit and the half year.
  const download = page.waitForEvent('download')
  await page.getByTestId('feedback-export').click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`${TAX}-${period}.xlsx`)
  expect((await readFile(await file.path())).subarray(0, 2).toString('latin1')).toBe('PK')

  // 打印: the formal feedback from the street's working committee to the superior.
  await page.getByTestId('feedback-print').click()
  await expect(page).toHaveURL(/\/print\/feedback-reports\/\d+$/)
  const sheet = page.getByTestId('print-sheet')
  await expect(sheet).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('print-feedback-title')).toHaveText(`老城街道党工委关于${TAX}共驻共建情况的反馈（${period}）`)
  await expect(page.getByTestId('print-feedback-superior')).toHaveText(`${SUPERIOR}：`)
  await expect(sheet).toContainText(`${longDate(from)}至${longDate(to)}`)
  await expect(page.getByTestId('print-feedback-tasks-summary')).toHaveText(
    '本期共向该单位分派共建任务 2 项，已反馈 1 项，已撤销 0 项，超期未反馈 1 项。',
  )
  await expect(page.getByTestId('print-feedback-tasks')).toContainText(feedback)
  await expect(page.getByTestId('print-feedback-members')).toContainText('该单位在职党员')
  await expect(page.getByTestId('print-feedback-sign')).toContainText('老城街道党工委（盖章）')
  await expect(page.getByTestId('print-feedback-sign')).toContainText(longDate(chinaDay()))
  await expect(page.getByTestId('print-feedback-draft')).toHaveCount(0)
  await expect(sheet).not.toContainText('#')
  await page.getByTestId('print-button').click()
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('print-button')).toBeHidden()
  await expect(page.getByTestId('print-back')).toBeHidden()
  await expect(page.getByTestId('print-feedback-title')).toBeVisible()
  await page.context().close()

  // On a 390 px phone the list is cards, and the report reads on the narrow screen.
  const phone = await person(browser, PHONE)
  await login(phone, street.username, street.password)
  await open(phone, '/co-building/feedback-reports')
  await expect(phone.getByTestId('feedback-table')).toHaveCount(0)
  const card = phone.getByTestId('feedback-card').filter({ hasText: TAX }).filter({ hasText: period })
  await expect(card.getByTestId('feedback-state')).toHaveText('已送达')
  await expect(card.getByTestId('feedback-period')).toHaveText(`期间：${period}`)
  await expect(card.getByTestId('feedback-superior')).toHaveText(`上级党组织：${SUPERIOR}`)
  await check(phone, 'the feedback reports on a phone')
  await card.getByTestId('list-card-title').click()
  await expect(phone).toHaveURL(new RegExp(`${reportPath}$`))
  await settle(phone)
  await expect(phone.getByTestId('feedback-task').filter({ hasText: answered })).toContainText(feedback)
  await check(phone, 'the report on a phone')
  await phone.context().close()

  expect(problems).toEqual([])
})
