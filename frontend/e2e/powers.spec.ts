import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { DESKTOP, PHONE, answerTo, axeViolations, demoAccount, expectReadable, login, open, person, settle } from './helpers'

/**
 * The community's powers (§2, §6, §15), in Chinese: 老城街道's worker gives 育才社区's assessment
 * opinion on the elderly care centre located there (refused first for a street instead of a
 * community, then for a unit located elsewhere); the city's worker asks 育才社区 for its opinion
 * on a cadre, the street answers it, and the city reads the answer and prints the letter. Then
 * the city puts an item of 汉滨区 on the access list, hands 育才社区 work citing no item (refused,
 * the refusal kept) and then citing the item (accepted, the funding following it), and the year's
 * report counts both. Last, the lists on a 390 px phone as cards. Texts are unique per run and
 * the report is compared with what it said before, so it runs again against the same database.
 */

const YUCAI = '育才社区'
const HOME = '育才社区养老服务中心'
const TAX = '国家税务总局安康市税务局'
const ASKER = '市委组织部干部一科'
const CIVIL = '汉滨区民政局'

/** Today in China Standard Time, as the API writes days. */
function chinaDay(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** A `YYYY-MM-DD` day as the printed documents write it in Chinese: 2026年11月3日. */
function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

/** Opens a page of the 社区治理 group from the desktop header's menu. */
async function fromMenu(page: Page, label: string, path: string) {
  await page.getByTestId('nav-menu').getByRole('button', { name: '社区治理' }).click()
  await page.locator(`.el-dropdown-menu [data-testid=nav-item][data-path="${path}"]:visible`).filter({ hasText: label }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await settle(page)
}

/** Picks in a select that searches on the server: types part of the name, clicks the option. */
async function pickByName(page: Page, select: Locator, typed: string, option: string | RegExp) {
  await select.click()
  await page.keyboard.type(typed)
  await page.getByRole('option', { name: option }).first().click()
}

/** Picks an area in a tree select by searching its name. */
async function pickArea(page: Page, select: Locator, name: string) {
  await select.click()
  await page.keyboard.type(name)
  await page.locator('.el-popper.tree-select-popper:visible').getByText(name, { exact: true }).click()
}

/** Sends a dialog's form and answers the server's status. */
async function send(page: Page, dialog: Locator, button: string, path: string | RegExp): Promise<number> {
  const answer = answerTo(page, path, 'POST')
  await dialog.getByTestId(button).click()
  return (await answer).status()
}

/** The error under a form item, as the person sees it. */
function fieldError(item: Locator): Locator {
  return item.locator('.el-form-item__error')
}

/** The report's numbers for a community and department, through the API: the baseline of this run. */
async function reportRow(request: APIRequestContext, account: { username: string; password: string }, year: number) {
  type Row = { area_name: string; department: string; assigned: number; funding_yuan: number; refused: number }
  const report = await apiGet<{ rows: Row[] }>(request, account, `/api/v1/community-affairs/report?year=${year}`)
  return report.rows.find((row) => row.area_name === YUCAI && row.department === CIVIL) ?? { assigned: 0, funding_yuan: 0, refused: 0 }
}

/** A GET of the API as a demo account. */
async function apiGet<T>(request: APIRequestContext, account: { username: string; password: string }, path: string): Promise<T> {
  const token = await request.post('/api/v1/auth/token', { data: { grant_type: 'password', username: account.username, password: account.password } })
  expect(token.ok(), 'token').toBe(true)
  const { access_token: bearer } = (await token.json()) as { access_token: string }
  const answer = await request.get(path, { headers: { Authorization: `Bearer ${bearer}` } })
  expect(answer.ok(), `GET ${path}`).toBe(true)
  return (await answer.json()) as T
}

const yuan = (amount: number) => `${amount.toLocaleString('zh-CN')} 元`

test('a street gives the community’s opinion on a unit; the city asks for one on a cadre, the street answers and the city prints it', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const run = Date.now()
  const problems: string[] = []
  const check = async (page: Page, where: string) => {
    await expectReadable(page, where)
    for (const line of await axeViolations(page)) problems.push(`${where}: ${line}`)
  }
  const street = demoAccount('laocheng_admin')
  const city = demoAccount('city_admin')

  // 出具意见: 育才社区 on its elderly care centre, for an award.
  const page = await person(browser, DESKTOP)
  await login(page, street.username, street.password)
  await fromMenu(page, '鉴定意见', '/opinions')
  await check(page, 'the opinions')
  await page.getByTestId('opinion-give').click()
  const dialog = page.getByRole('dialog', { name: '出具鉴定意见' })
  await expect(dialog).toBeVisible()
  const content = `该中心常年为社区老人提供助餐服务，群众评价好，同意评为先进（${run}）`
  // The street is no community: refused at the community.
  await pickArea(page, dialog.getByTestId('opinion-area'), '老城街道')
  await pickByName(page, dialog.getByTestId('opinion-unit'), '养老服务', HOME)
  // A unit takes no purpose of a person: only the assessment and awards are offered.
  await expect(dialog.getByTestId('opinion-purpose')).not.toContainText('发展入党')
  await dialog.getByTestId('opinion-purpose').getByText('评先评优', { exact: true }).click()
  await dialog.getByTestId('opinion-content').fill(content)
  expect(await send(page, dialog, 'opinion-give-save', '/api/v1/opinions')).toBe(422)
  await expect(fieldError(dialog.getByTestId('opinion-area-item'))).toHaveText('鉴定意见由社区党组织出具')
  // The tax bureau is located in 鼓楼社区: refused at the subject.
  await pickArea(page, dialog.getByTestId('opinion-area'), YUCAI)
  await pickByName(page, dialog.getByTestId('opinion-unit'), '税务局', TAX)
  expect(await send(page, dialog, 'opinion-give-save', '/api/v1/opinions')).toBe(422)
  await expect(fieldError(dialog.getByTestId('opinion-subject-item'))).toHaveText('社区只对驻区单位和本社区居民出具鉴定意见')
  await expect(fieldError(dialog.getByTestId('opinion-area-item'))).toHaveCount(0)
  await pickByName(page, dialog.getByTestId('opinion-unit'), '养老服务', HOME)
  expect(await send(page, dialog, 'opinion-give-save', '/api/v1/opinions')).toBe(201)
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/\/opinions\/\d+$/)
  await settle(page)
  await expect(page.getByTestId('opinion-title')).toHaveText(HOME)
  await expect(page.getByTestId('opinion-state')).toHaveText('已出具')
  await expect(page.getByTestId('opinion-area-shown')).toHaveText(YUCAI)
  await expect(page.getByTestId('opinion-purpose-shown')).toHaveText('评先评优')
  await expect(page.getByTestId('opinion-verdict-shown')).toHaveText('同意')
  await expect(page.getByTestId('opinion-content-shown')).toHaveText(content)
  await expect(page.getByTestId('opinion-given-on')).toHaveText(chinaDay())
  await check(page, 'the given opinion')
  // Given for the file: the letter has no addressee.
  await page.getByTestId('opinion-print').click()
  await expect(page.getByTestId('print-sheet')).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('print-opinion-title')).toHaveText(`${YUCAI}党组织关于${HOME}的鉴定意见`)
  await expect(page.getByTestId('print-opinion-to')).toHaveText('（存档）')
  await page.getByTestId('print-back').click()
  await expect(page).toHaveURL(/\/opinions\/\d+$/)

  // 周明远 lives in 育才社区 and belongs to a branch of another community: his admission waits for
  // the residence community's opinion, and the refusal leads to giving it (not given here: the
  // two-place publicity test admits him later on the same database).
  const found = await apiGet<{ items: { id: number; name: string }[] }>(request, street, `/api/v1/members?q=${encodeURIComponent('周明远')}`)
  const applicant = found.items.find((member) => member.name === '周明远')!
  expect(applicant, 'the demo city has 周明远').toBeTruthy()
  await open(page, `/members/${applicant.id}/development`)
  const missing = page.getByTestId('development-missing')
  await expect(missing).toContainText('申请人居住地社区党组织尚未出具意见')
  await missing.getByTestId('residence-opinion-give').click()
  await expect(page).toHaveURL(new RegExp(`/opinions\\?member_id=${applicant.id}&give=residence$`))
  const residence = page.getByRole('dialog', { name: '出具鉴定意见' })
  await expect(residence.getByTestId('opinion-area')).toContainText(YUCAI)
  await expect(residence.getByTestId('opinion-subject-kind').getByRole('radio', { name: '居民' })).toBeChecked()
  await expect(residence.getByTestId('opinion-member')).toContainText('周明远')
  await expect(residence.getByTestId('opinion-purpose').getByRole('radio', { name: '发展入党' })).toBeChecked()
  await residence.getByRole('button', { name: '取消' }).click()
  await expect(residence).toBeHidden()
  await expect(page.getByTestId('opinion-only-member')).toHaveText('仅看：周明远')

  // 征求意见: the city's worker asks 育才社区 about a cadre; the answer is due in ten working days.
  const cityPage = await person(browser, DESKTOP)
  await cityPage.addInitScript(() => {
    window.print = () => {
      const counted = window as unknown as { printed?: number }
      counted.printed = (counted.printed ?? 0) + 1
    }
  })
  await login(cityPage, city.username, city.password)
  await fromMenu(cityPage, '鉴定意见', '/opinions')
  await cityPage.getByTestId('opinion-tabs').getByRole('tab', { name: '我征求的' }).click()
  await settle(cityPage)
  await cityPage.getByTestId('opinion-request').click()
  const ask = cityPage.getByRole('dialog', { name: '征求社区意见' })
  const question = `拟提拔使用，请社区党组织提供该同志在居住地的表现意见（${run}）`
  await pickArea(cityPage, ask.getByTestId('opinion-request-area'), YUCAI)
  await ask.getByTestId('opinion-request-name').fill('陈立华')
  await expect(ask.getByTestId('opinion-request-purpose').getByRole('radio', { name: '干部考察' })).toBeChecked()
  await ask.getByTestId('opinion-request-question').fill(question)
  await ask.getByTestId('opinion-request-department').fill(ASKER)
  const asked = answerTo(cityPage, '/api/v1/opinion-requests', 'POST')
  await ask.getByTestId('opinion-request-save').click()
  const asking = (await (await asked).json()) as { id: number; due_on: string }
  await expect(ask).toBeHidden()
  await expect(cityPage).toHaveURL(new RegExp(`/opinions/${asking.id}$`))
  await settle(cityPage)
  await expect(cityPage.getByTestId('opinion-state')).toHaveText('待答复')
  await expect(cityPage.getByTestId('opinion-asker')).toHaveText(ASKER)
  await expect(cityPage.getByTestId('opinion-question')).toHaveText(question)
  await expect(cityPage.getByTestId('opinion-due-shown')).toHaveText(asking.due_on)
  await expect(cityPage.getByTestId('opinion-verdict-shown')).toHaveText('尚未答复')
  await expect(cityPage.getByTestId('opinion-print')).toHaveCount(0)
  await check(cityPage, 'the request asked')

  // The street finds it among its communities' opinions, waiting with its last day, and answers it.
  await fromMenu(page, '鉴定意见', '/opinions')
  const row = page.getByTestId('opinion-table').locator('tr.el-table__row').filter({ has: page.locator(`a[href="/opinions/${asking.id}"]`) })
  await expect(row.getByTestId('opinion-state')).toHaveText('待答复')
  await expect(row.getByTestId('opinion-due')).toHaveText(`${asking.due_on} 前答复`)
  await expect(row).toContainText(ASKER)
  await row.getByTestId('opinion-link').click()
  await settle(page)
  await page.getByTestId('opinion-answer').click()
  const answerDialog = page.getByRole('dialog', { name: '答复征求意见' })
  await expect(answerDialog).toContainText(`${ASKER}征求对陈立华的意见：${question}`)
  const answer = `该同志在社区积极参加志愿服务，邻里关系融洽，群众评价好（${run}）`
  await answerDialog.getByTestId('opinion-answer-content').fill(answer)
  expect(await send(page, answerDialog, 'opinion-answer-save', `/api/v1/opinions/${asking.id}/answer`)).toBe(201)
  await expect(answerDialog).toBeHidden()
  await expect(page.getByTestId('opinion-state')).toHaveText('已出具')
  await expect(page.getByTestId('opinion-verdict-shown')).toHaveText('同意')
  await expect(page.getByTestId('opinion-answer')).toHaveCount(0)
  await check(page, 'the request answered')
  await page.context().close()

  // The city reads the answer and prints the community's letter to the department.
  await open(cityPage, `/opinions/${asking.id}`)
  await expect(cityPage.getByTestId('opinion-state')).toHaveText('已出具')
  await expect(cityPage.getByTestId('opinion-verdict-shown')).toHaveText('同意')
  await expect(cityPage.getByTestId('opinion-content-shown')).toHaveText(answer)
  await cityPage.getByTestId('opinion-print').click()
  await expect(cityPage).toHaveURL(new RegExp(`/print/opinions/${asking.id}$`))
  const sheet = cityPage.getByTestId('print-sheet')
  await expect(sheet).toHaveAttribute('data-ready', 'true')
  await expect(cityPage.getByTestId('print-opinion-title')).toHaveText(`${YUCAI}党组织关于陈立华同志的鉴定意见`)
  await expect(cityPage.getByTestId('print-opinion-to')).toHaveText(`${ASKER}：`)
  await expect(cityPage.getByTestId('print-opinion-opening')).toContainText(`${longDate(chinaDay())}征求陈立华同志干部考察意见的函收悉`)
  await expect(cityPage.getByTestId('print-opinion-content')).toHaveText(answer)
  await expect(cityPage.getByTestId('print-opinion-verdict')).toHaveText('鉴定结论：同意。')
  await expect(cityPage.getByTestId('print-opinion-sign')).toContainText(`${YUCAI}党组织（盖章）`)
  await expect(cityPage.getByTestId('print-opinion-sign')).toContainText(longDate(chinaDay()))
  await expect(sheet).not.toContainText('#')
  await cityPage.getByTestId('print-button').click()
  expect(await cityPage.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1)
  await cityPage.emulateMedia({ media: 'print' })
  await expect(cityPage.getByTestId('print-button')).toBeHidden()
  await expect(cityPage.getByTestId('print-opinion-title')).toBeVisible()
  await cityPage.context().close()

  // On a 390 px phone the city's requests are cards, the answered one with its verdict.
  const phone = await person(browser, PHONE)
  await login(phone, city.username, city.password)
  await open(phone, '/opinions?mine=true')
  await expect(phone.getByTestId('opinion-table')).toHaveCount(0)
  const card = phone.getByTestId('opinion-card').filter({ has: phone.locator(`a[href="/opinions/${asking.id}"]`) })
  await expect(card.getByTestId('opinion-state')).toHaveText('已出具')
  await expect(card.getByTestId('opinion-verdict')).toHaveText('鉴定结论：同意')
  await expect(card.getByTestId('opinion-purpose')).toHaveText(`用途：干部考察 · ${chinaDay().slice(0, 4)} 年度`)
  await check(phone, 'the requests on a phone')
  await phone.context().close()

  expect(problems).toEqual([])
})

test('the city lists an item, work citing none is refused and kept, work citing it goes with its funding, and the report counts both', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const run = Date.now()
  const problems: string[] = []
  const check = async (page: Page, where: string) => {
    await expectReadable(page, where)
    for (const line of await axeViolations(page)) problems.push(`${where}: ${line}`)
  }
  const city = demoAccount('city_admin')
  const year = Number(chinaDay().slice(0, 4))
  const before = await reportRow(request, city, year)

  // 新增事项: an assisting item of 汉滨区's access list, with 20000 yuan following each assignment.
  const page = await person(browser, DESKTOP)
  await login(page, city.username, city.password)
  await fromMenu(page, '事务准入清单', '/community-affairs/items')
  await check(page, 'the access list')
  await page.getByTestId('affairs-item-add').click()
  const dialog = page.getByRole('dialog', { name: '新增清单事项' })
  const item = `城乡居民养老保险参保登记（${run}）`
  await pickArea(page, dialog.getByTestId('affairs-item-area'), '汉滨区')
  await dialog.getByTestId('affairs-item-title').fill(item)
  await dialog.getByTestId('affairs-item-department').fill(CIVIL)
  await dialog.getByTestId('affairs-item-basis').fill('《社会保险法》第二十条；汉滨区社区工作事务准入清单第12项')
  await dialog.getByTestId('affairs-item-type').getByText('协助', { exact: true }).click()
  await dialog.getByTestId('affairs-item-funding').click()
  await dialog.getByTestId('affairs-item-funding-yuan').locator('input').fill('20000')
  expect(await send(page, dialog, 'affairs-item-save', '/api/v1/community-affairs/items')).toBe(201)
  await expect(dialog).toBeHidden()
  await settle(page)
  const itemRow = page.getByTestId('affairs-table').locator('tr.el-table__row').filter({ hasText: item })
  await expect(itemRow.getByTestId('affairs-type')).toHaveText('协助')
  await expect(itemRow.getByTestId('affairs-department')).toHaveText(CIVIL)
  await expect(itemRow.getByTestId('affairs-funding')).toHaveText(yuan(20000))
  await expect(itemRow.getByTestId('affairs-state')).toHaveText('已准入')
  await expect(itemRow).toContainText('汉滨区')

  // 派发事项 to 育才社区 citing no item: refused at the item, and the refusal kept.
  await fromMenu(page, '派发事项', '/community-affairs/assignments')
  await check(page, 'the work handed over')
  const refusedTab = page.getByTestId('assignment-tab-refusals')
  const refusedBefore = Number((await refusedTab.textContent())?.replace(/\D/g, ''))
  await page.getByTestId('assignment-add').click()
  const assign = page.getByRole('dialog', { name: '向社区派发事项' })
  const work = `组织辖区居民参保登记（${run}）`
  await pickArea(page, assign.getByTestId('assignment-area'), YUCAI)
  await assign.getByTestId('assignment-department').fill(CIVIL)
  await assign.getByTestId('assignment-title').fill(work)
  await assign.getByTestId('assignment-content').fill('12月底前完成辖区未参保居民登记，按月报送台账')
  expect(await send(page, assign, 'assignment-save', '/api/v1/community-affairs/assignments')).toBe(422)
  await expect(fieldError(assign.getByTestId('assignment-item-item'))).toHaveText('向社区派发工作须引用社区事务准入清单事项，本次拒绝已记录')
  await expect(refusedTab).toContainText(String(refusedBefore + 1))

  // Citing the item: the list's department comes with it, and the funding follows the work.
  await assign.getByTestId('assignment-item').click()
  await page.getByRole('option', { name: item }).click()
  await expect(assign.getByTestId('assignment-department')).toHaveValue(CIVIL)
  expect(await send(page, assign, 'assignment-save', '/api/v1/community-affairs/assignments')).toBe(201)
  await expect(assign).toBeHidden()
  await expect(page.locator('.el-message--success')).toContainText(`已派发：${work}，随事转经费 ${yuan(20000)}`)
  await settle(page)
  const handed = page.getByTestId('assignment-table').locator('tr.el-table__row').filter({ hasText: work })
  await expect(handed.getByTestId('assignment-item-shown')).toHaveText(item)
  await expect(handed.getByTestId('assignment-funding')).toHaveText(yuan(20000))
  await expect(handed).toContainText(YUCAI)
  await refusedTab.click()
  const refusal = page.getByTestId('refusal-table').locator('tr.el-table__row').filter({ hasText: work })
  await expect(refusal.getByTestId('refusal-reason')).toHaveText('向社区派发工作须引用社区事务准入清单事项，本次拒绝已记录')
  await check(page, 'the refusals')

  // The year's report: one more handed over with its funding, one more refused.
  await fromMenu(page, '准入执行统计', '/community-affairs/report')
  const reportRowShown = page.getByTestId('affairs-report-table').locator('tr.el-table__row').filter({ hasText: YUCAI }).filter({ hasText: CIVIL })
  await expect(reportRowShown.getByTestId('affairs-report-assigned')).toHaveText(`${before.assigned + 1} 项`)
  await expect(reportRowShown.getByTestId('affairs-report-funding')).toHaveText(yuan(before.funding_yuan + 20000))
  await expect(reportRowShown.getByTestId('affairs-report-refused')).toHaveText(`${before.refused + 1} 项`)
  await expect(page.getByTestId('affairs-report-table').locator('.el-table__footer')).toContainText('合计')
  await check(page, 'the report')
  await page.getByTestId('affairs-report-print').click()
  await expect(page).toHaveURL(/\/print\/community-affairs\/report\?year=\d{4}$/)
  await expect(page.getByTestId('print-sheet')).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('print-affairs-title')).toHaveText(`安康市社区事务准入执行情况统计表（${year}年度）`)
  const printedRow = page.getByTestId('print-affairs-table').locator('tbody tr').filter({ hasText: YUCAI }).filter({ hasText: CIVIL })
  await expect(printedRow).toContainText(yuan(before.funding_yuan + 20000))
  await page.context().close()

  // On a 390 px phone the lists are cards.
  const phone = await person(browser, PHONE)
  await login(phone, city.username, city.password)
  await open(phone, '/community-affairs/items')
  await expect(phone.getByTestId('affairs-table')).toHaveCount(0)
  const itemCard = phone.getByTestId('affairs-card').filter({ hasText: item })
  await expect(itemCard.getByTestId('affairs-funding')).toHaveText(`费随事转：${yuan(20000)}`)
  await expect(itemCard.getByTestId('affairs-type')).toHaveText('协助')
  await check(phone, 'the access list on a phone')
  await open(phone, '/community-affairs/assignments')
  await expect(phone.getByTestId('assignment-card').filter({ hasText: work }).getByTestId('assignment-funding')).toHaveText(
    `随事转经费：${yuan(20000)}`,
  )
  await check(phone, 'the work handed over on a phone')
  await phone.getByTestId('assignment-tab-refusals').click()
  await expect(phone.getByTestId('refusal-card').filter({ hasText: work }).getByTestId('refusal-reason')).toContainText('须引用社区事务准入清单事项')
  await open(phone, '/community-affairs/report')
  await expect(phone.getByTestId('affairs-report-card').filter({ hasText: `${YUCAI} · ${CIVIL}` }).getByTestId('affairs-report-refused')).toHaveText(
    `拒绝派发：${before.refused + 1} 项`,
  )
  await check(phone, 'the report on a phone')
  await phone.context().close()

  expect(problems).toEqual([])
})
