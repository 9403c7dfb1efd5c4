import { expect, test } from '@playwright/test'
import {
  DESKTOP,
  PHONE,
  apiAs,
  checker,
  chinaDay,
  demoAccount,
  login,
  open,
  pageWidth,
  person,
  setLocale,
  type ListPage,
  type Named,
} from './helpers'

/**
 * The residents' page of a community's co-building (居民公开页): 老城街道's worker sets up, through
 * the API, an open need of 育才社区, the tax bureau's volunteers and a project meeting a second
 * need; the need's page offers the page's address to share; a resident opens it on a 390 px phone
 * without logging in and finds the project with the bureau carrying it out, the volunteers, the
 * open need and the figures, in Chinese and in English; an address of no community says so.
 * Titles are unique per run and the newest are listed first, so it runs again on the same database.
 */

const COMMUNITY = '育才社区'
const BUREAU = '国家税务总局安康市税务局'

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

test('a resident opens the community’s co-building page on a phone without logging in', async ({ browser, request }) => {
  test.setTimeout(120_000)
  const run = String(Date.now()).slice(-6)
  const problems: string[] = []
  const check = checker(problems)
  const api = await apiAs(request, 'laocheng_admin')
  const community = await api.community(COMMUNITY)
  const units = await api.get<ListPage<Named>>(`/api/v1/units?q=${encodeURIComponent(BUREAU)}`)
  const bureau = units.items.find((unit) => unit.name === BUREAU)
  expect(bureau, `the demo city has ${BUREAU}`).toBeTruthy()

  const openNeed = `楼道照明改造${run}`
  const met = await api.post<Named>('/api/v1/co-building/needs', {
    area_id: community.id,
    source: 'community',
    title: `老年人助餐${run}`,
    description: '辖区独居老人午餐配送缺少人手',
    wanted_kind: 'volunteers',
  })
  await api.post('/api/v1/co-building/needs', {
    area_id: community.id,
    source: 'residents',
    title: openNeed,
    description: '老旧小区楼道照明不足，夜间出行不便',
  })
  const volunteers = `青年志愿服务队${run}`
  const resource = await api.post<Named>('/api/v1/co-building/resources', {
    unit_id: bureau!.id,
    kind: 'volunteers',
    title: volunteers,
    description: '每月两次，每次 10 人，可承担送餐和陪护',
  })
  const project = `银龄助餐${run}`
  const dueOn = chinaDay(90)
  await api.post('/api/v1/co-building/projects', {
    need_id: met.id,
    resource_ids: [resource.id],
    owner_unit_id: bureau!.id,
    title: project,
    due_on: dueOn,
  })

  // The need's page offers the residents' page: its address to open or to copy.
  const staff = await person(browser, DESKTOP)
  const admin = demoAccount('laocheng_admin')
  await login(staff, admin.username, admin.password)
  await open(staff, `/co-building/needs/${met.id}`)
  const link = staff.getByTestId('public-page-link')
  const address = new URL(`/public/communities/${community.id}`, process.env.DANGJIAN_E2E_BASE_URL).href
  await expect(link).toContainText(`${COMMUNITY}的共建项目、资源和需求向居民公开，无需登录`)
  await expect(link.getByTestId('public-page-address')).toHaveValue(address)
  await expect(link.getByTestId('public-page-open')).toHaveAttribute('href', address)
  await check(staff, 'the need with its residents’ page')
  await staff.context().close()

  // A resident's phone, never signed in: the page opens where the address leads.
  const phone = await person(browser, PHONE)
  await open(phone, address)
  await expect(phone).toHaveURL(address)
  await expect(phone.getByTestId('public-title')).toHaveText(`${COMMUNITY}共驻共建`)
  await expect(phone).toHaveTitle(`${COMMUNITY}共驻共建`)
  const shown = phone.getByTestId('public-project').filter({ hasText: project })
  await expect(shown.getByTestId('public-project-state')).toHaveText('已立项')
  await expect(shown.getByTestId('public-project-owner')).toHaveText(`承办单位：${BUREAU}`)
  await expect(shown).toContainText(`完成期限：${dueOn}`)
  const offered = phone.getByTestId('public-resource').filter({ hasText: volunteers })
  await expect(offered).toContainText('志愿者')
  await expect(offered.getByTestId('public-resource-unit')).toHaveText(BUREAU)
  await expect(phone.getByTestId('public-need').filter({ hasText: openNeed })).toHaveCount(1)
  // The need a project meets is no longer open.
  await expect(phone.getByTestId('public-need').filter({ hasText: `老年人助餐${run}` })).toHaveCount(0)
  const figure = (key: string) => phone.getByTestId(`public-figure-${key}`).getByTestId('public-figure-value')
  await expect(figure('projects')).toHaveText(String(await phone.getByTestId('public-project').count()))
  await expect(figure('needs')).toHaveText(String(await phone.getByTestId('public-need').count()))
  await expect(figure('resources')).toHaveText(String(await phone.getByTestId('public-resource').count()))
  await expect(phone.getByTestId('main')).toContainText('本页不含居民个人信息')
  await check(phone, 'the residents’ page on a phone')

  // The same page in English: the words change, the data stays as it is.
  await setLocale(phone, 'en')
  await open(phone, address)
  await expect(phone.getByTestId('public-title')).toHaveText(`Co-building in ${COMMUNITY}`)
  await expect(phone.getByTestId('public-project').filter({ hasText: project }).getByTestId('public-project-state')).toHaveText('Planned')
  const { scroll, viewport } = await pageWidth(phone)
  expect(scroll, 'the English page fits the phone').toBeLessThanOrEqual(viewport)
  await setLocale(phone, 'zh-CN')

  // An address of no community (its street) says there is no such page.
  const street = await api.get<ListPage<Named>>(`/api/v1/areas?kind=street&q=${encodeURIComponent('老城街道')}`)
  await open(phone, `/public/communities/${street.items[0].id}`)
  await expect(phone.getByTestId('public-missing')).toContainText('没有找到该社区')
  await check(phone, 'no such community on a phone')
  await phone.context().close()
  expect(problems).toEqual([])
})
