import { expect, test } from '@playwright/test'
import {
  DESKTOP,
  PHONE,
  answerTo,
  apiAs,
  checker,
  chinaDay,
  demoAccount,
  fieldError,
  fromMenu,
  login,
  open,
  person,
  pick,
  pickInTree,
  row,
  send,
  settle,
  thisYear,
  type ListPage,
} from './helpers'

/**
 * Leadership (policy §16), in Chinese, as the city's worker: a county's leading group set up with
 * its member departments (refused first for a street, then for a county that has one) and its
 * head and members changed with the version read; a secretary's annual report recorded (refused
 * for a Party branch, and for the same committee and year again), scored by the committee with a
 * score corrected, its conclusion refused while two have scored, then concluded to 好 on the
 * average; the result sheet printed; the lists as cards on a 390 px phone, without buttons for a
 * viewer. It picks a county without a group (or changes one) and a committee and year without a
 * report, so it runs again against the same database.
 */

/** The city and the counties of the demo city, each with at most one leading group. */
const BODY_AREAS = ['汉滨区', '平利县', '安康市']
/** Committees of the demo city whose secretaries report. */
const COMMITTEES = ['中共安康市汉滨区委员会', '中共平利县委员会', '中共老城街道工作委员会', '中共新城街道工作委员会', '中共江北街道工作委员会']

interface Body {
  id: number
  area_name: string
  name: string
}
interface Review {
  org_name: string
  year: number
}

/** A day as the sheets write it: 2026年12月5日. */
function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number)
  return `${year}年${month}月${date}日`
}

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

test('the city sets up a county’s leading group with its member departments and changes its head and members', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const run = String(Date.now()).slice(-6)
  const problems: string[] = []
  const check = checker(problems)
  const api = await apiAs(request, 'city_admin')
  const bodies = await api.get<ListPage<Body>>('/api/v1/support/leading-bodies?limit=200')
  const free = BODY_AREAS.find((area) => !bodies.items.some((body) => body.area_name === area))
  const area = free ?? BODY_AREAS[0]

  const page = await person(browser, DESKTOP)
  const city = demoAccount('city_admin')
  await login(page, city.username, city.password)
  await fromMenu(page, '基础保障', '领导小组', '/support/leading-bodies')
  await check(page, 'the leading groups')

  const dialog = page.getByRole('dialog', { name: '成立领导小组' })
  if (free) {
    // 成立领导小组: refused for a street, then set up for the county with two member departments.
    await page.getByTestId('leading-add').click()
    await pickInTree(page, dialog.getByTestId('leading-area'), '老城街道')
    await dialog.getByTestId('leading-name').fill(`${area}城市基层党建工作领导小组`)
    await dialog.getByTestId('leading-head').fill('张建华')
    const rows = dialog.getByTestId('leading-member-row')
    await rows.nth(0).getByTestId('leading-member-department').fill('区委组织部')
    await rows.nth(0).getByTestId('leading-member-representative').fill('刘志强')
    await rows.nth(0).getByTestId('leading-member-post').fill('副组长')
    await dialog.getByTestId('leading-member-add').click()
    await rows.nth(1).getByTestId('leading-member-department').fill('区民政局')
    await rows.nth(1).getByTestId('leading-member-representative').fill('陈丽')
    expect(await send(page, dialog, 'leading-save', '/api/v1/support/leading-bodies')).toBe(422)
    await expect(fieldError(dialog.getByTestId('leading-area-item'))).toHaveText('请选择市或县区：领导小组由市和县区成立')
    await pickInTree(page, dialog.getByTestId('leading-area'), area)
    expect(await send(page, dialog, 'leading-save', '/api/v1/support/leading-bodies')).toBe(201)
    await expect(dialog).toBeHidden()
    await expect(page.locator('.el-message--success').filter({ hasText: `已成立${area}城市基层党建工作领导小组` })).toBeVisible()
    await settle(page)
    const created = row(page, 'leading-table', area)
    await expect(created.getByTestId('leading-head')).toHaveText('张建华')
    await expect(created.getByTestId('leading-member')).toHaveText(['区委组织部：刘志强（副组长）', '区民政局：陈丽'])
  }

  // The same county again: refused at the county.
  await page.getByTestId('leading-add').click()
  await pickInTree(page, dialog.getByTestId('leading-area'), area)
  await dialog.getByTestId('leading-name').fill(`${area}城市基层党建工作领导小组`)
  await dialog.getByTestId('leading-head').fill('张建华')
  await dialog.getByTestId('leading-member-remove').click()
  expect(await send(page, dialog, 'leading-save', '/api/v1/support/leading-bodies')).toBe(409)
  await expect(fieldError(dialog.getByTestId('leading-area-item'))).toHaveText('该市/县区已成立领导小组，请在列表中调整')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()

  // 调整: a new head, the members cut to two and one added, sent with the version read (If-Match).
  const head = `王${run}`
  await row(page, 'leading-table', area).getByTestId('leading-edit').click()
  const edit = page.getByRole('dialog', { name: '调整领导小组' })
  await expect(edit.getByTestId('leading-head')).not.toHaveValue('')
  await expect(edit.getByTestId('leading-name')).toBeDisabled()
  await edit.getByTestId('leading-head').fill(head)
  const rows = edit.getByTestId('leading-member-row')
  while ((await rows.count()) > 2) await rows.last().getByTestId('leading-member-remove').click()
  await edit.getByTestId('leading-member-add').click()
  await rows.nth(2).getByTestId('leading-member-department').fill('区住建局')
  await rows.nth(2).getByTestId('leading-member-representative').fill(`黄海${run}`)
  await rows.nth(2).getByTestId('leading-member-post').fill('成员')
  const patch = page.waitForRequest((sent) => sent.method() === 'PATCH' && /\/api\/v1\/support\/leading-bodies\/\d+$/.test(sent.url()))
  expect(await send(page, edit, 'leading-save', /\/api\/v1\/support\/leading-bodies\/\d+$/, 'PATCH')).toBe(200)
  expect((await patch).headers()['if-match'], 'the change names the version read').toMatch(/^"\d+"$/)
  await expect(edit).toBeHidden()
  await settle(page)
  const changed = row(page, 'leading-table', area)
  await expect(changed.getByTestId('leading-head')).toHaveText(head)
  await expect(changed.getByTestId('leading-member')).toHaveCount(3)
  await expect(changed.getByTestId('leading-member').last()).toHaveText(`区住建局：黄海${run}（成员）`)
  await check(page, 'the leading group changed')
  await page.context().close()

  // On a 390 px phone the groups are cards; a viewer (read only) sees them without buttons.
  const phone = await person(browser, PHONE)
  await login(phone, city.username, city.password)
  await open(phone, '/support/leading-bodies')
  await expect(phone.getByTestId('leading-table')).toHaveCount(0)
  const card = phone.getByTestId('leading-card').filter({ hasText: `黄海${run}` })
  await expect(card.getByTestId('leading-head')).toHaveText(`组长：${head}`)
  await expect(card.getByTestId('leading-member')).toHaveCount(3)
  await check(phone, 'the leading groups on a phone')
  await phone.context().close()

  const viewer = await person(browser, PHONE)
  const account = demoAccount('xincheng_viewer')
  await login(viewer, account.username, account.password)
  await open(viewer, '/support/leading-bodies')
  await expect(viewer.getByTestId('leading-add')).toHaveCount(0)
  await expect(viewer.getByTestId('leading-edit')).toHaveCount(0)
  await check(viewer, 'the leading groups for a viewer')
  await viewer.context().close()
  expect(problems).toEqual([])
})

test('a secretary’s report is scored by the committee, refused a conclusion on two scores, then concluded to 好', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const run = String(Date.now()).slice(-6)
  const problems: string[] = []
  const check = checker(problems)
  const api = await apiAs(request, 'city_admin')

  // A committee and a year (last year, or one before) without a report yet.
  let unreported: { org: string; year: number } | null = null
  for (let year = thisYear() - 1; year > thisYear() - 6 && !unreported; year--) {
    const reviews = await api.get<ListPage<Review>>(`/api/v1/support/secretary-reviews?year=${year}&limit=200`)
    const org = COMMITTEES.find((name) => !reviews.items.some((review) => review.org_name === name))
    if (org) unreported = { org, year }
  }
  expect(unreported, 'a committee and year without a report').toBeTruthy()
  const { org, year } = unreported!
  const report = `${year}年抓城市基层党建工作述职报告（${run}）：一、推进街道社区党组织共驻共建；二、落实社区工作者待遇保障。`

  const page = await person(browser, DESKTOP)
  const city = demoAccount('city_admin')
  await login(page, city.username, city.password)
  await fromMenu(page, '基础保障', '述职评议', '/support/secretary-reviews')
  await pick(page, page.getByTestId('review-filter-year'), String(year))
  await settle(page)
  await check(page, 'the reviews')

  // 登记述职: refused for a Party branch, then recorded for the committee.
  await page.getByTestId('review-add').click()
  const dialog = page.getByRole('dialog', { name: '登记书记述职' })
  await pickInTree(page, dialog.getByTestId('review-org'), '育才社区网络党支部')
  await expect(dialog.getByTestId('review-year')).toContainText(String(year))
  await dialog.getByTestId('review-secretary').fill('王建国')
  await dialog.getByTestId('review-report').fill(report)
  expect(await send(page, dialog, 'review-save', '/api/v1/support/secretary-reviews')).toBe(422)
  await expect(fieldError(dialog.getByTestId('review-org-item'))).toHaveText('请选择县区党委或街道党（工）委：由其书记述职')
  await pickInTree(page, dialog.getByTestId('review-org'), org)
  expect(await send(page, dialog, 'review-save', '/api/v1/support/secretary-reviews')).toBe(201)
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/\/support\/secretary-reviews\/\d+$/)
  await settle(page)
  await expect(page.getByTestId('review-title')).toHaveText(`${org}书记${year}年度述职评议`)
  await expect(page.getByTestId('review-result-shown')).toHaveText('待定档')
  await expect(page.getByTestId('review-average')).toHaveText('定档时计算')
  await expect(page.getByTestId('review-report-shown')).toHaveText(report)
  await check(page, 'an open review')

  // The committee scores: 甲 95, 乙 80 (corrected below), then a conclusion on two scores is refused.
  const scores = page.getByTestId('review-scores').locator('tr.el-table__row')
  const scoreDialog = page.getByRole('dialog', { name: '评议打分' })
  async function score(reviewer: string, points: number) {
    await page.getByTestId('review-add-score').click()
    await scoreDialog.getByTestId('review-reviewer').fill(reviewer)
    await scoreDialog.getByTestId('review-score').locator('input').fill(String(points))
    expect(await send(page, scoreDialog, 'review-score-save', /\/api\/v1\/support\/secretary-reviews\/\d+\/scores$/)).toBe(201)
    await expect(scoreDialog).toBeHidden()
  }
  async function conclude(): Promise<number> {
    await page.getByTestId('review-conclude').click()
    const confirm = page.locator('.el-message-box')
    await expect(confirm).toContainText(`按 ${await scores.count()} 名评议人的评分计算平均分并评定档次`)
    const answer = answerTo(page, /\/api\/v1\/support\/secretary-reviews\/\d+\/conclusion$/, 'POST')
    await confirm.getByRole('button', { name: '定档' }).click()
    return (await answer).status()
  }
  await score('评议委员会委员甲', 95)
  await score('评议委员会委员乙', 80)
  await expect(scores).toHaveCount(2)
  expect(await conclude()).toBe(422)
  await expect(page.getByTestId('review-refusal')).toHaveText('评议须至少有 3 名评议人打分')
  await expect(page.locator('.el-message--error').filter({ hasText: '评议须至少有 3 名评议人打分' })).toBeVisible()
  await expect(page.getByTestId('review-result-shown')).toHaveText('待定档')
  await check(page, 'a conclusion refused')

  // 乙 corrects the score to 92 (still two rows), 丙 scores 88: the average 91.7 is 好.
  await score('评议委员会委员乙', 92)
  await expect(scores).toHaveCount(2)
  await expect(scores.filter({ hasText: '评议委员会委员乙' }).getByTestId('review-score-shown')).toHaveText('92 分')
  await score('评议委员会委员丙', 88)
  await expect(scores).toHaveCount(3)
  await expect(page.getByTestId('review-refusal')).toHaveCount(0)
  expect(await conclude()).toBe(201)
  await expect(page.locator('.el-message--success').filter({ hasText: '已定档：平均 91.7 分，评议结果“好”' })).toBeVisible()
  await expect(page.getByTestId('review-result-shown')).toHaveText('好')
  await expect(page.getByTestId('review-average')).toHaveText('91.7 分')
  await expect(page.getByTestId('review-concluded-on')).toHaveText(`定档日期：${chinaDay()}`)
  await expect(page.getByTestId('review-add-score')).toHaveCount(0)
  await expect(page.getByTestId('review-conclude')).toHaveCount(0)
  await check(page, 'a concluded review')

  // The result sheet (A4): the committee's scores, the average and the result, signed on the day.
  await page.getByTestId('review-print').click()
  await expect(page).toHaveURL(/\/print\/secretary-reviews\/\d+$/)
  await expect(page.getByTestId('print-review-title')).toHaveText(`${org}书记抓城市基层党建工作述职评议结果`)
  await expect(page.getByTestId('print-review-scores').locator('tbody tr')).toHaveCount(5)
  await expect(page.getByTestId('print-review-average')).toHaveText('91.7 分')
  await expect(page.getByTestId('print-review-result')).toHaveText('好')
  await expect(page.getByTestId('print-review-summary')).toContainText('评议委员会 3 名成员参加评议，平均 91.7 分，评议结果为“好”')
  await expect(page.getByTestId('print-review-sign')).toContainText(longDate(chinaDay()))
  await expect(page.getByTestId('print-review-draft')).toHaveCount(0)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('print-button')).toBeHidden()
  await page.emulateMedia({ media: 'screen' })

  // The year's list: three scores, the average and the result; the same committee and year again is refused.
  await open(page, '/support/secretary-reviews')
  await pick(page, page.getByTestId('review-filter-year'), String(year))
  await settle(page)
  const listed = row(page, 'review-table', org)
  await expect(listed.getByTestId('review-score-count')).toHaveText('3 人')
  await expect(listed.getByTestId('review-average')).toHaveText('91.7 分')
  await expect(listed.getByTestId('review-result')).toHaveText('好')
  await page.getByTestId('review-add').click()
  await pickInTree(page, dialog.getByTestId('review-org'), org)
  await dialog.getByTestId('review-secretary').fill('王建国')
  await dialog.getByTestId('review-report').fill(report)
  expect(await send(page, dialog, 'review-save', '/api/v1/support/secretary-reviews')).toBe(409)
  await expect(fieldError(dialog.getByTestId('review-year-item'))).toHaveText('该党委该年度已登记述职')
  await dialog.getByRole('button', { name: '取消' }).click()
  await check(page, 'the year’s reviews')
  await page.context().close()

  // On a 390 px phone the reviews are cards.
  const phone = await person(browser, PHONE)
  await login(phone, city.username, city.password)
  await open(phone, '/support/secretary-reviews')
  // A phone folds the filters away behind a button.
  await phone.getByTestId('filters-toggle').click()
  await pick(phone, phone.getByTestId('review-filter-year'), String(year))
  await settle(phone)
  await expect(phone.getByTestId('review-table')).toHaveCount(0)
  const card = phone.getByTestId('review-card').filter({ hasText: org })
  await expect(card.getByTestId('review-result')).toHaveText('好')
  await expect(card.getByTestId('review-average')).toHaveText('平均分：91.7 分')
  await check(phone, 'the reviews on a phone')
  await card.getByTestId('list-card-title').click()
  await expect(phone).toHaveURL(/\/support\/secretary-reviews\/\d+$/)
  await settle(phone)
  await expect(phone.getByTestId('review-scores').locator('tr.el-table__row')).toHaveCount(3)
  await check(phone, 'a review on a phone')
  await phone.context().close()
  expect(problems).toEqual([])
})
