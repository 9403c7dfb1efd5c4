import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  DESKTOP,
  PHONE,
  answerTo,
  apiAs,
  chinaDay,
  checker,
  fieldError,
  fromMenu,
  open,
  pickInTree,
  row,
  send,
  settle,
  signedIn,
  thisYear,
  type ListPage,
  type Named,
} from './helpers'

/**
 * Online branches (网络党支部, policy §10), in Chinese. 育才社区's demo member, on a 390 px phone,
 * checks in to the online themed Party day held today that it missed: the card says 已签到 with
 * the time, the absence deduction is given back on 我的积分, and staff see the check-in on the
 * meeting. A micro Party course is completed from the phone with the page's clock driven by
 * Playwright (no real waiting): refused in Chinese after five minutes of a 30-minute course,
 * completed after a minute of a one-minute course the city publishes, which staff then see with
 * its points, recording one more from another platform (and refused a second for the member).
 * A practice post is refused as a responsibility area without its area, then set up with one,
 * joined by a third member and ended. Each run publishes its own course and post, and a rerun
 * records its own online meeting once the demo's check-in is taken, so it runs again against
 * the same database.
 */

const BRANCH = '育才社区第一网格党支部'
const GRID = '育才社区第一网格'

interface MyMember {
  member: { id: number; name: string; membership_org_id: number }
}
interface MyMeeting {
  meeting_id: number
  topic: string
  check_in_open: boolean
}
interface Member extends Named {
  stage: string
  membership_org_id: number
}
interface Points {
  total: number
  entries: { points: number; meeting_id?: number | null; evidence: string }[]
}
interface MyCourse {
  course: { id: number; title: string; minutes: number; open: boolean }
  completion: unknown
}

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

/** The branch's members who take part in its meetings (probationary and full), by name. */
async function branchMembers(api: Awaited<ReturnType<typeof apiAs>>, branchId: number): Promise<Member[]> {
  const members = await api.get<ListPage<Member>>(`/api/v1/members?org_id=${branchId}&link=membership&limit=200`)
  return members.items.filter((m) => m.membership_org_id === branchId && (m.stage === 'probationary' || m.stage === 'full'))
}

/** What a meeting wrote to a member's points: its entries' sum. */
function meetingSum(points: Points, meetingId: number): number {
  return points.entries.filter((entry) => entry.meeting_id === meetingId).reduce((sum, entry) => sum + entry.points, 0)
}

/** Picks members of a remote select by name: each typed, its option clicked. */
async function pickMembers(page: Page, select: Locator, names: string[]) {
  for (const name of names) {
    await select.locator('input').fill(name)
    await page.getByRole('option', { name, exact: true }).first().click()
  }
}

test('a member checks in on the phone to the online themed Party day it missed, and the deduction is given back', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const problems: string[] = []
  const check = checker(problems)
  const memberApi = await apiAs(request, 'yucai_member')
  const { member } = await memberApi.get<MyMember>('/api/v1/me/member')

  // The demo's meeting held today; once a run has checked in, the city records another one
  // online with the member absent (and everyone else on leave, whose points stay as they are).
  const mine = await memberApi.get<ListPage<MyMeeting>>('/api/v1/me/meetings?online=true')
  let meeting = mine.items.find((item) => item.check_in_open)
  if (!meeting) {
    const city = await apiAs(request, 'city_admin')
    const others = (await branchMembers(city, member.membership_org_id)).filter((m) => m.id !== member.id)
    const topic = `网上主题党日：学习新修订的党章（${Date.now()}）`
    const created = await city.post<{ id: number }>('/api/v1/meetings', {
      org_id: member.membership_org_id,
      meeting_type: 'themed_party_day',
      held_on: chinaDay(),
      online: true,
      topic,
      present: [],
      leave: others.map((m) => ({ member_id: m.id, reason: '外出务工' })),
    })
    meeting = { meeting_id: created.id, topic, check_in_open: true }
  }
  const pointsPath = `/api/v1/members/${member.id}/points?year=${thisYear()}`
  const before = await memberApi.get<Points>(pointsPath)

  // From 我的, which says a meeting waits for the check-in, to 我的组织生活.
  const phone = await signedIn(browser, 'yucai_member')
  await expect(phone).toHaveURL(/\/my$/)
  await settle(phone)
  await expect(phone.getByTestId('my-online-meetings')).toContainText('个会议待签到')
  await phone.getByTestId('my-online-meetings').click()
  await expect(phone).toHaveURL(/\/my\/meetings$/)
  await settle(phone)
  await expect(phone.getByTestId('my-meeting-table')).toHaveCount(0)
  const card = phone.getByTestId('my-meeting-card').filter({ hasText: meeting.topic })
  await expect(card.getByTestId('my-meeting-attendance')).toHaveText('缺席')
  await check(phone, 'my meetings before the check-in')

  const checkedIn = answerTo(phone, `/api/v1/meetings/${meeting.meeting_id}/check-ins`, 'POST')
  await card.getByTestId('my-meeting-check-in').click()
  expect((await checkedIn).status()).toBe(201)
  await expect(phone.locator('.el-message--success').filter({ hasText: '签到成功，已计为出席' })).toBeVisible()
  await expect(card.getByTestId('my-meeting-attendance')).toHaveText('出席')
  await expect(card.getByTestId('my-meeting-checked-in')).toHaveText(/^已签到 \S+ \d{1,2}:\d{2}:\d{2}$/)
  await expect(card.getByTestId('my-meeting-check-in')).toHaveCount(0)
  await check(phone, 'my meetings after the check-in')

  // The deduction is given back (and attendance earns its points while the cap allows): 我的积分
  // shows the year's new total.
  const after = await memberApi.get<Points>(pointsPath)
  const [was, now] = [meetingSum(before, meeting.meeting_id), meetingSum(after, meeting.meeting_id)]
  expect(was, 'the member was marked absent and lost points').toBeLessThan(0)
  expect(now, 'the check-in gives the deduction back').toBeGreaterThanOrEqual(0)
  expect(after.total).toBe(before.total + now - was)
  await open(phone, '/my')
  await expect(phone.getByTestId('my-points-total')).toContainText(String(after.total))
  // The deduction given back is named by its day and rule, not by the number of its entry.
  await expect(phone.getByTestId('my-points-entry').filter({ hasText: /冲正 \d{4}-\d{2}-\d{2} D01：.*网上签到/ })).toHaveCount(1)
  await check(phone, '我的 after the check-in')
  await phone.context().close()

  // Staff see who checked in online on the meeting.
  const staff = await signedIn(browser, 'city_admin', DESKTOP)
  await open(staff, `/meetings?org_id=${member.membership_org_id}`)
  const listed = row(staff, 'meeting-table', meeting.topic)
  await listed.locator('.el-table__expand-icon').click()
  await expect(staff.getByTestId('meeting-check-ins').first()).toContainText(member.name)
  await check(staff, 'the meeting with its check-ins')
  await staff.context().close()
  expect(problems).toEqual([])
})

test('a course completed too early is refused in Chinese; a one-minute course is completed and staff see it with its points', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000)
  const problems: string[] = []
  const check = checker(problems)
  const run = String(Date.now()).slice(-6)
  const title = `党建引领基层治理微党课（${run}）`
  const memberApi = await apiAs(request, 'yucai_member')
  const { member } = await memberApi.get<MyMember>('/api/v1/me/member')

  // The city publishes a one-minute course for the member's branch.
  const staff = await signedIn(browser, 'city_admin', DESKTOP)
  await fromMenu(staff, '组织生活', '网上微党课', '/online/courses')
  await check(staff, 'the courses')
  await staff.getByTestId('course-add').click()
  const publish = staff.getByRole('dialog', { name: '发布网上微党课' })
  await pickInTree(staff, publish.getByTestId('course-org'), BRANCH)
  await publish.getByTestId('course-title').fill(title)
  await publish.getByTestId('course-material').fill('一、共驻共建的做法；二、“双报到”党员的作用。')
  await publish.getByTestId('course-link-field').fill('https://study.example.cn/courses/gov')
  await publish.getByTestId('course-minutes').locator('input').fill('1')
  expect(await send(staff, publish, 'course-save', '/api/v1/courses')).toBe(201)
  await expect(publish).toBeHidden()
  await settle(staff)
  const published = row(staff, 'course-table', title)
  await expect(published.getByTestId('course-standing')).toHaveText('可学习')
  await expect(published.getByTestId('course-completed-by')).toHaveText('0 人')

  // On the phone, with the page's clock under the test's hand: a demo course of its own length
  // (30 minutes, not yet completed) is refused after five.
  const phone = await signedIn(browser, 'yucai_member')
  await phone.clock.install()
  const courses = await memberApi.get<ListPage<MyCourse>>('/api/v1/me/courses?open=true&limit=200')
  const long = courses.items.find((mine) => !mine.completion && mine.course.minutes >= 10 && mine.course.title !== title)
  expect(long, 'an open demo course the member has not completed').toBeTruthy()
  await open(phone, '/my')
  await phone.getByTestId('my-online-courses').click()
  await expect(phone).toHaveURL(/\/my\/courses$/)
  await settle(phone)
  await check(phone, 'my courses')
  await phone.getByTestId('my-course-card').filter({ hasText: long!.course.title }).getByTestId('list-card-title').click()
  await expect(phone).toHaveURL(new RegExp(`/my/courses/${long!.course.id}$`))
  await settle(phone)
  await phone.clock.fastForward('05:00')
  await expect(phone.getByTestId('my-course-clock')).toContainText('已学习 5:0')
  const short = answerTo(phone, `/api/v1/courses/${long!.course.id}/completions`, 'POST')
  await phone.getByTestId('my-course-complete').click()
  expect((await short).status()).toBe(422)
  await expect(phone.getByTestId('my-course-refusal')).toHaveText('学习时长不足，未完成该微党课')
  await check(phone, 'a completion refused')

  // The one-minute course: complete once a minute has passed on the page.
  await open(phone, '/my/courses')
  await phone.getByTestId('my-course-card').filter({ hasText: title }).getByTestId('list-card-title').click()
  await settle(phone)
  await expect(phone.getByTestId('my-course-material')).toContainText('“双报到”党员的作用')
  await expect(phone.getByTestId('my-course-link')).toHaveAttribute('href', 'https://study.example.cn/courses/gov')
  await phone.clock.fastForward('01:05')
  await expect(phone.getByTestId('my-course-clock')).toContainText('已学习 1:0')
  const done = answerTo(phone, /\/api\/v1\/courses\/\d+\/completions$/, 'POST')
  await phone.getByTestId('my-course-complete').click()
  const completion = await done
  expect(completion.status()).toBe(201)
  expect(await completion.json()).toMatchObject({ member_id: member.id, minutes_spent: 1, completed_on: chinaDay() })
  await expect(phone.getByTestId('my-course-done')).toContainText(`已于 ${chinaDay()} 完成学习，学习时长 1 分钟`)
  await expect(phone.getByTestId('my-course-state')).toHaveText(`${chinaDay()} 已完成`)
  await check(phone, 'a course completed')
  await phone.context().close()

  // Staff see the completion with its points, and record one from another platform.
  await published.getByTestId('course-link').click()
  await expect(staff).toHaveURL(/\/online\/courses\/\d+$/)
  await settle(staff)
  const completions = staff.getByTestId('completion-table')
  const own = completions.locator('tr.el-table__row').filter({ hasText: member.name })
  await expect(own.getByTestId('completion-minutes')).toHaveText('1 分钟')
  await expect(own).toContainText(chinaDay())
  await expect(own.getByTestId('completion-points')).toHaveText('已计分')
  await check(staff, 'a course with its completion')

  const city = await apiAs(request, 'city_admin')
  const other = (await branchMembers(city, member.membership_org_id)).find((m) => m.id !== member.id && m.name !== member.name)
  expect(other, 'another member of the branch').toBeTruthy()
  const record = staff.getByRole('dialog', { name: '登记完成情况' })
  // The member completed it already: refused at the member.
  await staff.getByTestId('course-record').click()
  await pickMembers(staff, record.getByTestId('completion-member'), [member.name])
  expect(await send(staff, record, 'completion-save', /\/api\/v1\/courses\/\d+\/completions$/)).toBe(422)
  await expect(fieldError(record.getByTestId('completion-member-item'))).toHaveText('该微党课已完成学习')
  await pickMembers(staff, record.getByTestId('completion-member'), [other!.name])
  await record.getByTestId('completion-minutes').locator('input').fill('40')
  expect(await send(staff, record, 'completion-save', /\/api\/v1\/courses\/\d+\/completions$/)).toBe(201)
  await expect(record).toBeHidden()
  await settle(staff)
  await expect(completions.locator('tr.el-table__row').filter({ hasText: other!.name }).getByTestId('completion-minutes')).toHaveText('40 分钟')
  await expect(staff.getByTestId('course-completed-by')).toHaveText('2 人')
  await check(staff, 'a completion recorded')
  await staff.context().close()

  // On a 390 px phone the courses and the completions are cards.
  const small = await signedIn(browser, 'city_admin', PHONE)
  await open(small, '/online/courses')
  await expect(small.getByTestId('course-table')).toHaveCount(0)
  await expect(small.getByTestId('course-card').filter({ hasText: title }).getByTestId('course-completed-by')).toHaveText('完成人数：2 人')
  await check(small, 'the courses on a phone')
  await small.getByTestId('course-card').filter({ hasText: title }).getByTestId('list-card-title').click()
  await settle(small)
  await expect(small.getByTestId('completion-card')).toHaveCount(2)
  await check(small, 'a course on a phone')
  await small.context().close()
  expect(problems).toEqual([])
})

test('a responsibility area is refused without its area, then set up with one, joined by a member and ended', async ({ browser, request }) => {
  test.setTimeout(180_000)
  const problems: string[] = []
  const check = checker(problems)
  const run = String(Date.now()).slice(-6)
  const name = `育才路${run}号院党员责任区`
  const city = await apiAs(request, 'city_admin')
  const branch = (await city.get<ListPage<Named>>(`/api/v1/organizations?q=${encodeURIComponent(BRANCH)}`)).items.find((org) => org.name === BRANCH)
  expect(branch, `the demo city has ${BRANCH}`).toBeTruthy()
  // Members told apart by their names: two to set it up with, a third joining later.
  const members = await branchMembers(city, branch!.id)
  const unique = members.filter((m) => members.filter((other) => other.name === m.name).length === 1).slice(0, 3)
  expect(unique).toHaveLength(3)
  const [names, joining] = [unique.slice(0, 2).map((m) => m.name), unique[2].name]

  const page = await signedIn(browser, 'city_admin', DESKTOP)
  await fromMenu(page, '组织生活', '党员实践岗', '/online/practice-posts')
  await check(page, 'the practice posts')
  await page.getByTestId('post-add').click()
  const dialog = page.getByRole('dialog', { name: '设立党员实践岗' })
  await pickInTree(page, dialog.getByTestId('post-org'), BRANCH)
  await dialog.getByTestId('post-kind').getByText('党员责任区', { exact: true }).click()
  await dialog.getByTestId('post-name').fill(name)
  await dialog.getByTestId('post-duty').fill('联系院内住户，收集诉求，宣传政策，调解邻里纠纷')
  await pickMembers(page, dialog.getByTestId('post-members'), names)
  await dialog.getByText('设立党员实践岗', { exact: true }).click()
  expect(await send(page, dialog, 'post-save', '/api/v1/practice-posts')).toBe(422)
  await expect(fieldError(dialog.getByTestId('post-area-item'))).toHaveText('党员责任区须指定责任区域')
  await check(page, 'a responsibility area refused')

  await pickInTree(page, dialog.getByTestId('post-area'), GRID)
  expect(await send(page, dialog, 'post-save', '/api/v1/practice-posts')).toBe(201)
  await expect(dialog).toBeHidden()
  await settle(page)
  const post = row(page, 'post-table', name)
  await expect(post.getByTestId('post-kind')).toHaveText('党员责任区')
  await expect(post.getByTestId('post-area')).toHaveText(GRID)
  for (const member of names) await expect(post.getByTestId('post-members')).toContainText(member)
  await expect(post.getByTestId('post-state')).toHaveText('运行中')
  await check(page, 'a responsibility area set up')

  // 修改: a third member joins, the change sent with the version read (If-Match).
  await post.getByTestId('post-edit').click()
  const edit = page.getByRole('dialog', { name: '修改党员实践岗' })
  for (const member of names) await expect(edit.getByTestId('post-members')).toContainText(member)
  await pickMembers(page, edit.getByTestId('post-members'), [joining])
  await edit.getByText('修改党员实践岗', { exact: true }).click()
  const patch = page.waitForRequest((sent) => sent.method() === 'PATCH' && /\/api\/v1\/practice-posts\/\d+$/.test(sent.url()))
  expect(await send(page, edit, 'post-save', /\/api\/v1\/practice-posts\/\d+$/, 'PATCH')).toBe(200)
  expect((await patch).headers()['if-match'], 'the change names the version read').toMatch(/^".+"$/)
  await expect(edit).toBeHidden()
  await settle(page)
  for (const member of [...names, joining]) await expect(post.getByTestId('post-members')).toContainText(member)

  // On a 390 px phone it is a card.
  const phone = await signedIn(browser, 'city_admin', PHONE)
  await open(phone, '/online/practice-posts')
  await expect(phone.getByTestId('post-table')).toHaveCount(0)
  const card = phone.getByTestId('post-card').filter({ hasText: name })
  await expect(card.getByTestId('post-area')).toHaveText(`责任区域：${GRID}`)
  await check(phone, 'the practice posts on a phone')
  await phone.context().close()

  // 结束: after the confirmation it leaves the running posts and is listed among the ended.
  await post.getByTestId('post-end').click()
  const ended = answerTo(page, /\/api\/v1\/practice-posts\/\d+$/, 'PATCH')
  await page.locator('.el-message-box').getByRole('button', { name: '结束' }).click()
  expect((await ended).status()).toBe(200)
  await settle(page)
  await expect(post).toHaveCount(0)
  await page.getByTestId('post-filter-state').click()
  await page.getByRole('option', { name: '已结束', exact: true }).click()
  await settle(page)
  await expect(row(page, 'post-table', name).getByTestId('post-state')).toHaveText(`已结束：${chinaDay()}`)
  await page.context().close()
  expect(problems).toEqual([])
})
