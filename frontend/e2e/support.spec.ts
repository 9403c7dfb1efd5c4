import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import {
  DESKTOP,
  PHONE,
  answerTo,
  apiAs,
  chinaDay,
  checker,
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
  type Named,
} from './helpers'

/**
 * The support ledgers (基础保障, policy §15–§17), in Chinese, as the city's worker: a community's
 * office space recorded at 260 m² (below the 300 m² standard, refused first for a street and then
 * for a community recorded twice) and changed to 320 m² with every room; a young graduate placed
 * in 张岭社区 (refused while it has three, then placed after one leaves); a funding line and the
 * same line again (409); a line of 香溪社区 corrected (after someone else's change meanwhile, 412)
 * and removed after the confirmation; a demonstration site named in 平利县, which leaves the
 * counties without one; the workbook downloaded; the dashboard's 共驻共建 figures; and the lists as
 * cards on a 390 px phone. Each step picks what the database leaves open (a community without a
 * space or a site, a funding line not yet recorded) and compares the figures with what they said
 * before, so it runs again against the same database.
 */

const COMMUNITIES = ['鼓楼社区', '张岭社区', '香溪社区', '兴安社区', '幸福家园社区', '城关社区', '移民新村社区', '育才社区']
/** The communities of 平利县 in the demo city, with the kind of community each is. */
const PINGLI = [
  { name: '城关社区', type: '城市社区' },
  { name: '移民新村社区', type: '移民搬迁社区' },
]
const ZHANGLING = '张岭社区'
const FUNDED = '鼓楼社区'
/** The community whose funding line is recorded in error, corrected and removed. */
const CORRECTED = '香溪社区'
const KINDS = [
  { code: 'cadre_allowance', label: '社区干部补贴' },
  { code: 'work_funds', label: '社区工作经费' },
  { code: 'service_funds', label: '服务群众经费' },
  { code: 'party_building_funds', label: '党建工作经费' },
  { code: 'training_funds', label: '党员教育培训经费' },
]

interface AreaShort {
  area_id: number
  area_name: string
  has: number
}
interface Figures {
  year: number
  space_standard_m2: number
  below_standard: number
  graduates_short: number
  counties_without_site: AreaShort[]
}

const yuan = (amount: number) => `${amount.toLocaleString('zh-CN')} 元`

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

test('the city records a community’s office space below the standard, then changes it to meet it', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const problems: string[] = []
  const check = checker(problems)
  const api = await apiAs(request, 'city_admin')
  const spaces = await api.get<ListPage<{ id: number; area_name: string }>>('/api/v1/support/spaces?limit=200')
  const free = COMMUNITIES.find((name) => !spaces.items.some((space) => space.area_name === name))

  const page = await person(browser, DESKTOP)
  const city = demoAccount('city_admin')
  await login(page, city.username, city.password)
  await fromMenu(page, '基础保障', '办公服务用房', '/support/spaces')
  await expect(page.getByTestId('space-standard')).toHaveText('面积标准：不低于 300 平方米')
  await check(page, 'the spaces')

  // 登记用房: refused for a street, then recorded for a community that has none (260 m²: below).
  const community = free ?? COMMUNITIES[0]
  const dialog = page.getByRole('dialog', { name: free ? '登记办公服务用房' : '修改办公服务用房' })
  if (free) {
    await page.getByTestId('space-add').click()
    await pickInTree(page, dialog.getByTestId('space-area'), '老城街道')
    await dialog.getByTestId('space-m2').locator('input').fill('260')
    for (const room of ['三委办公区', '便民服务窗口', '党群活动室']) await dialog.getByTestId('space-rooms').getByText(room, { exact: true }).click()
    await dialog.getByTestId('space-shared').fill('辖区卫生服务站、老年大学教学点')
    expect(await send(page, dialog, 'space-save', '/api/v1/support/spaces')).toBe(422)
    await expect(fieldError(dialog.getByTestId('space-area-item'))).toHaveText('请选择社区：基础保障台账按社区登记')
    await pickInTree(page, dialog.getByTestId('space-area'), community)
    await expect(dialog.getByTestId('space-m2-hint')).toHaveText('面积标准：不低于 300 平方米 · 未达标')
    expect(await send(page, dialog, 'space-save', '/api/v1/support/spaces')).toBe(201)
    await expect(dialog).toBeHidden()
    await expect(page.locator('.el-message--success').filter({ hasText: `已登记${community}的办公服务用房` })).toBeVisible()
  } else {
    // Every community has its space (a database of many runs): 鼓楼社区's is set back to 260 m².
    await row(page, 'space-table', community).getByTestId('space-edit').click()
    await expect(dialog.getByTestId('space-m2').locator('input')).not.toHaveValue('0')
    await dialog.getByTestId('space-m2').locator('input').fill('260')
    expect(await send(page, dialog, 'space-save', /\/api\/v1\/support\/spaces\/\d+$/, 'PATCH')).toBe(200)
    await expect(dialog).toBeHidden()
  }
  await settle(page)
  const recorded = row(page, 'space-table', community)
  await expect(recorded.getByTestId('space-m2')).toHaveText('260 平方米')
  await expect(recorded.getByTestId('space-state')).toHaveText('未达标')
  await expect(recorded).toContainText('差 40 平方米')
  await check(page, 'a space below the standard')

  // The same community again: refused at the community.
  await page.getByTestId('space-add').click()
  const again = page.getByRole('dialog', { name: '登记办公服务用房' })
  await pickInTree(page, again.getByTestId('space-area'), community)
  expect(await send(page, again, 'space-save', '/api/v1/support/spaces')).toBe(409)
  await expect(fieldError(again.getByTestId('space-area-item'))).toHaveText('该社区已登记办公服务用房，请在列表中修改')
  await again.getByRole('button', { name: '取消' }).click()
  await expect(again).toBeHidden()

  // 修改: 320 m² with every room the policy lists, sent with the version read (If-Match).
  await recorded.getByTestId('space-edit').click()
  const edit = page.getByRole('dialog', { name: '修改办公服务用房' })
  const input = edit.getByTestId('space-m2').locator('input')
  await expect(input).toHaveValue('260')
  await input.fill('320')
  const rooms = edit.getByTestId('space-rooms')
  for (const room of ['三委办公区', '便民服务窗口', '社区服务中转平台', '党群活动室', '会议室', '警务室', '医务室']) {
    const box = rooms.getByRole('checkbox', { name: room, exact: true })
    if (!(await box.isChecked())) await rooms.getByText(room, { exact: true }).click()
  }
  const patch = page.waitForRequest((sent) => sent.method() === 'PATCH' && /\/api\/v1\/support\/spaces\/\d+$/.test(sent.url()))
  expect(await send(page, edit, 'space-save', /\/api\/v1\/support\/spaces\/\d+$/, 'PATCH')).toBe(200)
  expect((await patch).headers()['if-match'], 'the change names the version read').toMatch(/^"\d+"$/)
  await expect(edit).toBeHidden()
  await settle(page)
  await expect(recorded.getByTestId('space-m2')).toHaveText('320 平方米')
  await expect(recorded.getByTestId('space-state')).toHaveText('达标')
  await expect(recorded.getByTestId('space-missing')).toHaveText('齐全')
  await expect(recorded).not.toContainText('差 ')
  await check(page, 'the space changed')
  await page.context().close()

  // On a 390 px phone the spaces are cards.
  const phone = await person(browser, PHONE)
  await login(phone, city.username, city.password)
  await open(phone, '/support/spaces')
  await expect(phone.getByTestId('space-table')).toHaveCount(0)
  const card = phone.getByTestId('space-card').filter({ hasText: community })
  await expect(card.getByTestId('space-state')).toHaveText('达标')
  await expect(card.getByTestId('space-m2')).toHaveText('面积：320 平方米')
  await check(phone, 'the spaces on a phone')
  await phone.context().close()
  expect(problems).toEqual([])
})

test('a young graduate is refused while 张岭社区 has three, placed once one leaves; a funding line is recorded once', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const run = String(Date.now()).slice(-6)
  const problems: string[] = []
  const check = checker(problems)
  const api = await apiAs(request, 'city_admin')
  const zhangling = await api.community(ZHANGLING)

  // 张岭社区 is given its three graduates through the API (as many as it lacks).
  const serving = await api.get<ListPage<Named>>(`/api/v1/support/cadres?area_id=${zhangling.id}&graduate=true&limit=200`)
  for (let index = serving.total; index < 3; index++) {
    await api.post('/api/v1/support/cadres', {
      area_id: zhangling.id,
      name: `张婷${run}${index}`,
      gender: 'female',
      birth_year: thisYear() - 26,
      education: '本科',
      post: '社区专职工作者',
      graduate: true,
      since: chinaDay(),
    })
  }

  const page = await person(browser, DESKTOP)
  const city = demoAccount('city_admin')
  await login(page, city.username, city.password)
  await fromMenu(page, '基础保障', '社区干部', '/support/cadres')
  await check(page, 'the cadres')

  // 登记干部: a fourth graduate is refused at the graduate switch.
  const name = `李雪${run}`
  await page.getByTestId('cadre-add').click()
  const dialog = page.getByRole('dialog', { name: '登记社区干部' })
  await pickInTree(page, dialog.getByTestId('cadre-area'), ZHANGLING)
  await dialog.getByTestId('cadre-name').fill(name)
  await dialog.getByTestId('cadre-gender').getByText('女', { exact: true }).click()
  await dialog.getByTestId('cadre-birth-year').locator('input').fill(String(thisYear() - 24))
  await pick(page, dialog.getByTestId('cadre-education'), '本科')
  await dialog.getByTestId('cadre-post').fill('社区专职工作者')
  await dialog.getByTestId('cadre-graduate').click()
  expect(await send(page, dialog, 'cadre-save', '/api/v1/support/cadres')).toBe(422)
  await expect(fieldError(dialog.getByTestId('cadre-graduate-item'))).toHaveText('该社区已配备 3 名高校毕业生')
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()

  // 离任: one of 张岭社区's graduates leaves today, and the list of serving cadres loses them.
  await pickInTree(page, page.getByTestId('cadre-filter-area'), ZHANGLING)
  await pick(page, page.getByTestId('cadre-filter-graduate'), '只看高校毕业生')
  await settle(page)
  const graduates = page.getByTestId('cadre-table').locator('tr.el-table__row')
  await expect(graduates).toHaveCount(3)
  const leaver = (await graduates.first().getByTestId('cadre-name').textContent())!.trim()
  await graduates.first().getByTestId('cadre-leave').click()
  const leave = page.getByRole('dialog', { name: '登记离任' })
  await expect(leave).toContainText(`${leaver}（${ZHANGLING}，`)
  expect(await send(page, leave, 'cadre-leave-save', /\/api\/v1\/support\/cadres\/\d+\/departure$/)).toBe(201)
  await expect(leave).toBeHidden()
  await settle(page)
  await expect(graduates).toHaveCount(2)
  await page.getByTestId('cadre-filter-former').click()
  await settle(page)
  await expect(row(page, 'cadre-table', leaver).getByTestId('cadre-left-on')).toHaveText(chinaDay())
  await page.getByTestId('cadre-filter-former').click()

  // The place is open again: the graduate is placed, 24 years old.
  await page.getByTestId('cadre-add').click()
  await pickInTree(page, dialog.getByTestId('cadre-area'), ZHANGLING)
  await dialog.getByTestId('cadre-name').fill(name)
  await dialog.getByTestId('cadre-birth-year').locator('input').fill(String(thisYear() - 24))
  await pick(page, dialog.getByTestId('cadre-education'), '本科')
  await dialog.getByTestId('cadre-post').fill('社区专职工作者')
  await dialog.getByTestId('cadre-graduate').click()
  expect(await send(page, dialog, 'cadre-save', '/api/v1/support/cadres')).toBe(201)
  await expect(dialog).toBeHidden()
  await settle(page)
  const placed = row(page, 'cadre-table', name)
  await expect(placed.getByTestId('cadre-graduate')).toHaveText('高校毕业生')
  await expect(placed.getByTestId('cadre-age')).toHaveText('24 岁')
  await expect(placed.getByTestId('cadre-state')).toHaveText('在任')
  await expect(placed).toContainText('社区专职工作者')
  await check(page, 'the graduates')

  // 经费保障: the first line 鼓楼社区 has not recorded (this year, or a year before), then the same again.
  const funded = await api.community(FUNDED)
  let year = thisYear()
  let kind = KINDS[0]
  for (; year > thisYear() - 5; year--) {
    const lines = await api.get<ListPage<{ kind: string }>>(`/api/v1/support/funding?area_id=${funded.id}&year=${year}&limit=200`)
    const missing = KINDS.find((candidate) => !lines.items.some((line) => line.kind === candidate.code))
    if (missing) {
      kind = missing
      break
    }
  }
  await fromMenu(page, '基础保障', '经费保障', '/support/funding')
  await check(page, 'the funding')
  await pick(page, page.getByTestId('funding-filter-year'), String(year))
  await settle(page)
  await page.getByTestId('funding-add').click()
  const line = page.getByRole('dialog', { name: '登记经费保障' })
  await pickInTree(page, line.getByTestId('funding-area'), FUNDED)
  await pick(page, line.getByTestId('funding-year'), String(year))
  await pick(page, line.getByTestId('funding-kind'), kind.label)
  await line.getByTestId('funding-amount').locator('input').fill('50000')
  await line.getByTestId('funding-note').fill('安组发〔2017〕14号')
  expect(await send(page, line, 'funding-save', '/api/v1/support/funding')).toBe(201)
  await expect(line).toBeHidden()
  await expect(page.locator('.el-message--success').filter({ hasText: `已登记${FUNDED}${year}年度${kind.label} ${yuan(50000)}` })).toBeVisible()
  await settle(page)
  const recorded = row(page, 'funding-table', FUNDED).filter({ hasText: kind.label })
  await expect(recorded.getByTestId('funding-amount')).toHaveText(yuan(50000))
  await expect(page.getByTestId('funding-table').locator('.el-table__footer')).toContainText('本页合计')

  // The same line again: the conflict is said at the line, naming it.
  await page.getByTestId('funding-add').click()
  await pickInTree(page, line.getByTestId('funding-area'), FUNDED)
  await pick(page, line.getByTestId('funding-year'), String(year))
  await pick(page, line.getByTestId('funding-kind'), kind.label)
  await line.getByTestId('funding-amount').locator('input').fill('60000')
  expect(await send(page, line, 'funding-save', '/api/v1/support/funding')).toBe(409)
  const duplicate = `${FUNDED}${year}年度已登记${kind.label}：每个社区每年每项只登记一条`
  await expect(fieldError(line.getByTestId('funding-kind-item'))).toHaveText(duplicate)
  await expect(page.locator('.el-message--error').filter({ hasText: duplicate })).toBeVisible()
  await line.getByRole('button', { name: '取消' }).click()
  await check(page, 'the funding recorded')
  await page.context().close()

  // On a 390 px phone the cadres and the funding lines are cards.
  const phone = await person(browser, PHONE)
  await login(phone, city.username, city.password)
  await open(phone, '/support/cadres')
  await expect(phone.getByTestId('cadre-table')).toHaveCount(0)
  const card = phone.getByTestId('cadre-card').filter({ hasText: name })
  await expect(card.getByTestId('cadre-graduate')).toHaveText('高校毕业生')
  await expect(card.getByTestId('cadre-age')).toHaveText('年龄：24 岁')
  await check(phone, 'the cadres on a phone')
  await open(phone, '/support/funding')
  await expect(phone.getByTestId('funding-table')).toHaveCount(0)
  if (year === thisYear()) {
    const fundingCard = phone.getByTestId('funding-card').filter({ hasText: `${FUNDED} · ${kind.label}` })
    await expect(fundingCard.getByTestId('funding-amount')).toHaveText(`金额：${yuan(50000)}`)
  }
  await check(phone, 'the funding on a phone')
  await phone.context().close()
  expect(problems).toEqual([])
})

test('a funding line recorded in error is corrected, refused once for a change meanwhile, then removed after the confirmation', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const problems: string[] = []
  const check = checker(problems)
  const api = await apiAs(request, 'city_admin')
  const community = await api.community(CORRECTED)

  // A line 香溪社区 has not recorded (this year first), recorded through the API at 30,000 元. The
  // test removes it again, so the next run finds the same line open.
  let free: { year: number; kind: (typeof KINDS)[number] } | undefined
  for (let year = thisYear(); !free && year > thisYear() - 5; year--) {
    const lines = await api.get<ListPage<{ kind: string }>>(`/api/v1/support/funding?area_id=${community.id}&year=${year}&limit=200`)
    const kind = KINDS.find((candidate) => !lines.items.some((line) => line.kind === candidate.code))
    if (kind) free = { year, kind }
  }
  expect(free, `${CORRECTED} has a funding line not yet recorded`).toBeTruthy()
  const { year, kind } = free!
  const recorded = await api.post<{ id: number }>('/api/v1/support/funding', {
    area_id: community.id,
    year,
    kind: kind.code,
    amount_yuan: 30000,
    note: '区财政年初预算',
  })
  const path = `/api/v1/support/funding/${recorded.id}`
  const words = `${CORRECTED}${year}年度${kind.label}`

  const page = await person(browser, DESKTOP)
  const city = demoAccount('city_admin')
  await login(page, city.username, city.password)
  await fromMenu(page, '基础保障', '经费保障', '/support/funding')
  await pickInTree(page, page.getByTestId('funding-filter-area'), CORRECTED)
  await pick(page, page.getByTestId('funding-filter-year'), String(year))
  await settle(page)
  const line = row(page, 'funding-table', kind.label)
  await expect(line.getByTestId('funding-amount')).toHaveText(yuan(30000))

  // 更正: the dialog names the line in words and holds its amount as read.
  await line.getByTestId('funding-edit').click()
  const dialog = page.getByRole('dialog', { name: '更正经费' })
  await expect(dialog.getByTestId('funding-line')).toContainText(words)
  const amount = dialog.getByTestId('funding-amount').locator('input')
  await expect(amount).toHaveValue('30000')
  await check(page, 'the correction dialog')

  // Someone else corrects it meanwhile: the change is refused (412), said in the dialog, and the
  // line read again into the form.
  await api.patch(path, { amount_yuan: 35000 })
  await amount.fill('42000')
  expect(await send(page, dialog, 'funding-save', path, 'PATCH')).toBe(412)
  await expect(dialog.getByTestId('funding-stale')).toContainText('这条经费刚被他人修改')
  await expect(amount).toHaveValue('35000')

  // Sent again against the version read now: 42,000 元.
  await amount.fill('42000')
  const patch = page.waitForRequest((sent) => sent.method() === 'PATCH' && new URL(sent.url()).pathname === path)
  expect(await send(page, dialog, 'funding-save', path, 'PATCH')).toBe(200)
  expect((await patch).headers()['if-match'], 'the change names the version read').toMatch(/^"\d+"$/)
  await expect(dialog).toBeHidden()
  await expect(page.locator('.el-message--success').filter({ hasText: `已更正${words}：${yuan(42000)}` })).toBeVisible()
  await settle(page)
  await expect(line.getByTestId('funding-amount')).toHaveText(yuan(42000))
  await expect(line).toContainText('区财政年初预算')
  await check(page, 'the funding corrected')

  // 删除 asks first, naming the line in words; cancelled, the line stays.
  await line.getByTestId('funding-remove').click()
  const box = page.locator('.el-message-box')
  await expect(box).toContainText(`删除${words}（${yuan(42000)}）？`)
  await box.getByRole('button', { name: '取消', exact: true }).click()
  await expect(box).toBeHidden()
  await expect(line).toHaveCount(1)
  await page.context().close()

  // On a 390 px phone the line is a card with its buttons, and is removed after the confirmation.
  const phone = await person(browser, PHONE)
  await login(phone, city.username, city.password)
  await open(phone, '/support/funding')
  await phone.getByTestId('filters-toggle').click()
  await pickInTree(phone, phone.getByTestId('funding-filter-area'), CORRECTED)
  await pick(phone, phone.getByTestId('funding-filter-year'), String(year))
  await settle(phone)
  await expect(phone.getByTestId('funding-table')).toHaveCount(0)
  const card = phone.getByTestId('funding-card').filter({ hasText: `${CORRECTED} · ${kind.label}` })
  await expect(card.getByTestId('funding-amount')).toHaveText(`金额：${yuan(42000)}`)
  await check(phone, 'the funding lines on a phone')
  await card.getByTestId('funding-remove').click()
  const confirm = phone.locator('.el-message-box')
  await expect(confirm).toContainText(`删除${words}（${yuan(42000)}）？`)
  const removed = answerTo(phone, path, 'DELETE')
  await confirm.getByRole('button', { name: '删除', exact: true }).click()
  expect((await removed).status()).toBe(204)
  await expect(phone.locator('.el-message--success').filter({ hasText: `已删除${words}` })).toBeVisible()
  await settle(phone)
  await expect(card).toHaveCount(0)
  const left = await api.get<ListPage<{ id: number }>>(`/api/v1/support/funding?area_id=${community.id}&year=${year}&limit=200`)
  expect(left.items.map((item) => item.id)).not.toContain(recorded.id)
  await check(phone, 'the funding line removed')
  await phone.context().close()
  expect(problems).toEqual([])
})

test('a demonstration site named in 平利县 leaves the counties without one; the workbook and the dashboard’s co-building figures', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  const problems: string[] = []
  const check = checker(problems)
  const api = await apiAs(request, 'city_admin')
  const year = thisYear()
  const before = await api.get<Figures>(`/api/v1/support/figures?year=${year}`)
  const sites = await api.get<ListPage<{ area_name: string }>>('/api/v1/support/demonstration-sites?limit=200')
  const named = (name: string) => sites.items.some((site) => site.area_name === name)
  const pingliOpen = PINGLI.find((community) => !named(community.name))
  const wasWithout = before.counties_without_site.some((county) => county.area_name === '平利县')
  // 平利县 without a site has both communities open.
  expect(!wasWithout || !!pingliOpen, 'a county without a site has no named community').toBe(true)

  const page = await person(browser, DESKTOP)
  const city = demoAccount('city_admin')
  await login(page, city.username, city.password)
  await fromMenu(page, '基础保障', '保障缺口', '/support/figures')
  const without = page.getByTestId('support-list-without')
  for (const county of before.counties_without_site) await expect(without).toContainText(county.area_name)
  await expect(page.getByTestId('support-tile-sites').getByTestId('support-tile-value')).toHaveText(
    `${before.counties_without_site.length} 个`,
  )
  await check(page, 'the shortfalls before')

  // 命名示范点 in 平利县 (its first community without one), then the same community again.
  const site = pingliOpen ?? PINGLI[0]
  await fromMenu(page, '基础保障', '示范点', '/support/demonstration-sites')
  const dialog = page.getByRole('dialog', { name: '命名示范点' })
  await page.getByTestId('site-add').click()
  await pickInTree(page, dialog.getByTestId('site-area'), site.name)
  await dialog.getByTestId('site-type').getByText(site.type, { exact: true }).click()
  await dialog.getByTestId('site-description').fill('便民服务“一站式”办理，党群活动室与驻区单位共享共用')
  if (pingliOpen) {
    expect(await send(page, dialog, 'site-save', '/api/v1/support/demonstration-sites')).toBe(201)
    await expect(dialog).toBeHidden()
    await settle(page)
    await expect(row(page, 'site-table', site.name).getByTestId('site-type')).toHaveText(site.type)
    await page.getByTestId('site-add').click()
    await pickInTree(page, dialog.getByTestId('site-area'), site.name)
    await dialog.getByTestId('site-description').fill('再次命名')
  }
  expect(await send(page, dialog, 'site-save', '/api/v1/support/demonstration-sites')).toBe(409)
  await expect(fieldError(dialog.getByTestId('site-area-item'))).toHaveText('该社区已命名为示范点')
  await dialog.getByRole('button', { name: '取消' }).click()
  await check(page, 'the sites')

  // 平利县 has left the counties without a site (one fewer, if it was there before).
  await fromMenu(page, '基础保障', '保障缺口', '/support/figures')
  const after = await api.get<Figures>(`/api/v1/support/figures?year=${year}`)
  await expect(without).not.toContainText('平利县')
  await expect(page.getByTestId('support-tile-sites').getByTestId('support-tile-value')).toHaveText(
    `${before.counties_without_site.length - (wasWithout ? 1 : 0)} 个`,
  )
  await expect(page.getByTestId('support-tile-below').getByTestId('support-tile-value')).toHaveText(`${after.below_standard} 个`)
  await expect(page.getByTestId('support-tile-below')).toContainText(`面积低于 ${after.space_standard_m2} 平方米的社区`)
  await expect(page.getByTestId('support-tile-graduates').getByTestId('support-tile-value')).toHaveText(`${after.graduates_short} 个`)
  await expect(page.getByTestId('support-followed')).toContainText('费随事转')
  await check(page, 'the shortfalls after')

  // 导出 Excel: the year's workbook, fetched with the bearer token.
  const download = page.waitForEvent('download')
  await page.getByTestId('support-export').click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`社区基础保障台账-${year}.xlsx`)
  expect((await readFile(await file.path())).subarray(0, 2).toString('latin1')).toBe('PK')

  // The home page's dashboard: 共驻共建 with the same shortfalls, each linking to its page.
  await open(page, '/')
  const figures = page.getByTestId('co-figures')
  await expect(figures).toContainText(`共驻共建（${year} 年）`)
  const value = (key: string) => figures.getByTestId(`co-figure-${key}`).getByTestId('co-figure-value')
  await expect(value('sites')).toHaveText(String(after.counties_without_site.length))
  await expect(value('spaces')).toHaveText(String(after.below_standard))
  await expect(value('graduates')).toHaveText(String(after.graduates_short))
  await expect(figures.getByTestId('co-figure-joint')).toContainText('联席会本年召开')
  await expect(figures.getByTestId('co-figure-assignments')).toContainText('随事转经费')
  await check(page, 'the dashboard')
  await value('sites').click()
  await expect(page).toHaveURL(/\/support\/demonstration-sites$/)
  await page.context().close()

  // On a 390 px phone the sites are cards and the figures fit.
  const phone = await person(browser, PHONE)
  await login(phone, city.username, city.password)
  await open(phone, '/support/demonstration-sites')
  await expect(phone.getByTestId('site-table')).toHaveCount(0)
  await expect(phone.getByTestId('site-card').filter({ hasText: site.name }).getByTestId('site-type')).toHaveText(site.type)
  await check(phone, 'the sites on a phone')
  await open(phone, '/support/figures')
  await expect(phone.getByTestId('support-list-without')).not.toContainText('平利县')
  await check(phone, 'the shortfalls on a phone')
  await phone.context().close()
  expect(problems).toEqual([])
})
