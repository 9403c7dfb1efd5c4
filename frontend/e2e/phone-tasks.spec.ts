import { expect, test } from '@playwright/test'
import { PHONE, answerTo, demoAccount, expectReadable, login, person, settle } from './helpers'

/**
 * The day's work of two demo accounts on a phone, in Chinese: the grid leader of 育才社区 records
 * a member's volunteer service from its start page, and the member sees it on 我的. Then a
 * street's administrator narrows the meeting list by picking a branch in the organization tree.
 */

/** Today in China Standard Time, where the server's business dates live. */
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const year = today.slice(0, 4)

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

interface MyMember {
  member: { id: number; name: string }
  service_hours_this_year: number
}

test('a grid leader records a volunteer service on a phone, and the member sees it on 我的', async ({ browser }) => {
  test.setTimeout(120_000)
  const hours = 2.5
  const content = `清理小区楼道杂物（${Date.now()}）`

  // The member first: who it is and its service so far, as 我的 reads them.
  const member = await person(browser)
  const mine = answerTo(member, '/api/v1/me/member')
  const memberAccount = demoAccount('yucai_member')
  await login(member, memberAccount.username, memberAccount.password)
  await expect(member).toHaveURL(/\/my$/)
  const before = (await (await mine).json()) as MyMember
  const { id, name } = before.member
  await expect(member.getByTestId('my-name')).toHaveText(name)

  // The grid leader lands on its community's page, open at its members.
  const leader = await person(browser)
  const leaderAccount = demoAccount('yucai_grid')
  await login(leader, leaderAccount.username, leaderAccount.password)
  await expect(leader).toHaveURL(/\/organizations\/\d+$/)
  await expect(leader.getByTestId('org-detail-title')).toHaveText('育才社区党委')
  await expect(leader.getByRole('tab', { name: '党员', exact: true })).toHaveAttribute('aria-selected', 'true')
  await expect(leader.getByTestId('member-card').first()).toBeVisible()
  await expectReadable(leader, 'the grid leader\'s start page')

  // It finds the member by name; the card names its organization, not a number.
  await leader.getByTestId('org-member-search').fill(name)
  const found = answerTo(leader, '/api/v1/members')
  await leader.getByTestId('org-member-search-submit').click()
  expect(new URL((await found).url()).searchParams.get('q')).toBe(name)
  // Namesakes are told apart by the page each name leads to.
  const card = leader.getByTestId('member-card').filter({ has: leader.locator(`a[href="/members/${id}"]`) })
  await expect(card).toHaveCount(1)
  await expect(card.getByTestId('member-name')).toHaveText(name)
  await expect(card).toContainText('育才社区第一网格党支部')

  // The card's button opens the recording form over the whole screen.
  await card.getByTestId('member-row-record').click()
  const dialog = leader.getByRole('dialog', { name: `为 ${name} 记录活动` })
  await expect(dialog).toBeVisible()
  const box = await dialog.boundingBox()
  expect(box?.width, 'the form takes the whole width').toBe(PHONE.width)
  await dialog.getByTestId('event-kind').click()
  await leader.getByRole('option', { name: '志愿服务', exact: true }).click()
  await expect(dialog.getByRole('combobox', { name: '日期' })).toHaveValue(today)
  await dialog.getByRole('spinbutton').fill(String(hours))
  await dialog.getByRole('textbox', { name: '内容' }).fill(content)
  const saved = answerTo(leader, `/api/v1/members/${id}/events`, 'POST')
  await dialog.getByTestId('event-save').click()
  expect((await saved).ok()).toBe(true)
  await expect(leader.getByRole('alert').filter({ hasText: '已记录' })).toBeVisible()
  await expect(dialog).toBeHidden()

  // The member's page lists it in the history, with its day and hours.
  const history = answerTo(leader, `/api/v1/members/${id}/events`)
  await card.getByTestId('member-name').click()
  await expect(leader).toHaveURL(new RegExp(`/members/${id}$`))
  await history
  await expect(leader.getByTestId('member-detail-name')).toHaveText(name)
  const entry = leader.getByTestId('member-history').locator('.el-timeline-item').filter({ hasText: content })
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText('志愿服务')
  await expect(entry).toContainText(`${hours} 小时`)
  await expect(entry).toContainText(today)
  await expectReadable(leader, 'the member\'s page')

  // On 我的 the member finds the service and this year's total grown by its hours.
  const again = answerTo(member, '/api/v1/me/member')
  await member.reload()
  await again
  const service = member.getByTestId('my-services').getByTestId('my-event').filter({ hasText: content })
  await expect(service).toHaveCount(1)
  await expect(service).toContainText('志愿服务')
  await expect(service).toContainText(`${hours} 小时`)
  await expect(service).toContainText(today)
  const total = (before.service_hours_this_year + hours).toFixed(1)
  await expect(member.getByTestId('my-service-hours')).toContainText('今年志愿服务')
  await expect(member.getByTestId('my-service-hours')).toContainText(total)
  await expect(member.getByTestId('my-points')).toContainText('我的积分')
  await expect(member.getByTestId('my-points').getByRole('spinbutton')).toHaveValue(year)
  await expect(member.getByTestId('my-points-total')).toContainText(/\d/)
  await expectReadable(member, '我的')

  await leader.context().close()
  await member.context().close()
})

test('a street administrator picks a branch in the organization tree and the meetings are that branch\'s', async ({
  browser,
}) => {
  const admin = await person(browser)
  const street = demoAccount('laocheng_admin')
  await login(admin, street.username, street.password)
  await admin.goto('/meetings')
  await settle(admin)
  await admin.getByTestId('filters-toggle').click()

  // The street's own committee is the root, open at once; the community below it opens with its arrow.
  const picker = admin.getByTestId('meeting-filter-org')
  await expect(picker).toContainText('中共老城街道工作委员会')
  await picker.click()
  // The dropdown (el-select's popper, which stays in the page once opened).
  const tree = admin.locator('.el-popper.tree-select-popper')
  const community = tree.locator('.el-tree-node__content').filter({ has: admin.getByText('育才社区党委', { exact: true }) })
  await expect(community).toBeVisible()
  await community.locator('.el-tree-node__expand-icon').click()
  const branch = tree.getByText('育才社区第一网格党支部', { exact: true })
  await expect(branch).toBeVisible()
  const listed = answerTo(admin, '/api/v1/meetings')
  await branch.click()
  const orgId = new URL((await listed).url()).searchParams.get('org_id')
  await expect(admin).toHaveURL(new RegExp(`[?&]org_id=${orgId}$`))

  // The picker names the branch, and every meeting listed is the branch's own.
  await expect(picker).toContainText('育才社区第一网格党支部')
  await expect(tree).toBeHidden()
  const rows = admin.getByTestId('meeting-table').locator('tr.el-table__row')
  await expect(rows.first()).toBeVisible()
  const organizers = admin.getByTestId('meeting-table').locator('a[href^="/organizations/"]')
  await expect(organizers).toHaveCount(await rows.count())
  for (const link of await organizers.all()) {
    await expect(link).toHaveText('育才社区第一网格党支部')
    await expect(link).toHaveAttribute('href', `/organizations/${orgId}`)
  }
  await expectReadable(admin, 'the meeting list')
  await admin.context().close()
})
