import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

const BRANCH = '香溪社区第一网格党支部'

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

/** Today in China Standard Time, where the server's business dates live. */
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
const year = Number(today.slice(0, 4))

interface Rule {
  code: string
  points: number
  cap_per_year?: number | null
}
interface Entry {
  id: number
  rule_code: string
  points: number
  status: string
  reverses_entry_id?: number | null
}
interface Points {
  vetoed: boolean
  entries: Entry[]
}
interface Member {
  id: number
  name: string
  stage: string
  membership_org_id: number
}

/** The API with a token of its own, to choose (and if need be prepare) members; the UI does the rest. */
async function apiClient(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/token', { data: { grant_type: 'password', username, password } })
  expect(login.ok()).toBe(true)
  const headers = { Authorization: `Bearer ${(await login.json()).access_token}` }
  return {
    async get<T>(path: string): Promise<T> {
      const answer = await request.get(path, { headers })
      expect(answer.ok(), path).toBe(true)
      return (await answer.json()) as T
    },
    async post(path: string, data: object) {
      const answer = await request.post(path, { headers, data })
      expect(answer.ok(), path).toBe(true)
    },
  }
}
type Api = Awaited<ReturnType<typeof apiClient>>

/** Whether one more entry of the rule fits under its yearly cap, counted as the server counts it. */
function hasRoom(points: Points, rule: Rule): boolean {
  if (rule.cap_per_year == null) return true
  const used = points.entries
    .filter((entry) => entry.rule_code === rule.code && entry.status !== 'rejected')
    .reduce((sum, entry) => sum + entry.points, 0)
  return Math.abs(used) + Math.abs(rule.points) <= rule.cap_per_year
}

/**
 * A member (other than `except`) whose year leaves room for one more entry of the rule. The
 * demo members are close to the attendance cap, so once reruns have used the room up, it is
 * made by reversing one of a member's entries of the rule: the correction the ledger allows.
 */
async function memberWithRoom(api: Api, members: Member[], rule: Rule, except?: Member): Promise<Member> {
  const candidates: { member: Member; points: Points }[] = []
  for (const member of members.filter((m) => m.id !== except?.id)) {
    const points = await api.get<Points>(`/api/v1/members/${member.id}/points?year=${year}`)
    if (points.vetoed) continue
    if (hasRoom(points, rule)) return member
    candidates.push({ member, points })
  }
  for (const { member, points } of candidates) {
    const reversed = new Set(points.entries.map((entry) => entry.reverses_entry_id))
    const entry = points.entries.find(
      (e) => e.rule_code === rule.code && e.status === 'approved' && e.reverses_entry_id == null && !reversed.has(e.id),
    )
    if (!entry) continue
    await api.post(`/api/v1/points/entries/${entry.id}/reversal`, { reason: '测试前冲正，为本次会议计分留出年度上限' })
    return member
  }
  throw new Error(`no member of the branch can take another ${rule.code} entry`)
}

async function login(page: Page) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('current-user')).not.toBeEmpty()
}

/** The year total shown on a member's points page. */
async function shownTotal(page: Page, memberId: number): Promise<number> {
  await page.goto(`/members/${memberId}/points`)
  await expect(page.getByTestId('points-year').locator('input')).toHaveValue(String(year))
  const total = page.getByTestId('points-total')
  await expect(total).toHaveText(/^\d+$/)
  return Number(await total.textContent())
}

// Attendance awards A01 (+2) and absence without leave deducts D01 (−3). The two members are
// chosen where this year's entries leave room under the rules' caps, and every other member
// of the branch is put on leave, so that a run changes the points of these two only.
test('a themed Party day recorded with attendance adds points to the present and deducts from the absent', async ({ page, request }) => {
  const api = await apiClient(request)
  const orgs = await api.get<{ items: { id: number; name: string }[] }>(
    `/api/v1/organizations?q=${encodeURIComponent(BRANCH)}&limit=20`,
  )
  const branch = orgs.items.find((org) => org.name === BRANCH)
  expect(branch, BRANCH).toBeTruthy()
  const branchId = branch!.id

  const rules = await api.get<{ items: Rule[] }>('/api/v1/points/rules?limit=200')
  const attendance = rules.items.find((rule) => rule.code === 'A01')!
  const absence = rules.items.find((rule) => rule.code === 'D01')!
  expect([attendance.points, absence.points]).toEqual([2, -3])

  // The attendance checklist: the branch's own probationary and full members.
  const roster = await api.get<{ items: Member[] }>(`/api/v1/members?org_id=${branchId}&link=membership&limit=200`)
  const members = roster.items.filter(
    (m) => m.membership_org_id === branchId && (m.stage === 'probationary' || m.stage === 'full'),
  )
  const present = await memberWithRoom(api, members, attendance)
  const absent = await memberWithRoom(api, members, absence, present)

  await login(page)
  const presentBefore = await shownTotal(page, present.id)
  const absentBefore = await shownTotal(page, absent.id)

  await page.goto(`/meetings?org_id=${branchId}`)
  await page.getByTestId('meeting-record').click()
  await expect(page).toHaveURL(/\/meetings\/new\?org_id=\d+$/)
  await page.getByTestId('meeting-type').click()
  await page.getByRole('option', { name: '主题党日', exact: true }).click()
  await expect(page.getByRole('combobox', { name: '召开日期' })).toHaveValue(today)
  const topic = `学习党章，重温入党誓词（${Date.now()}）`
  await page.getByTestId('meeting-topic').fill(topic)
  await page.getByTestId('meeting-host').fill('支部书记')

  const rows = page.getByTestId('attendance-row')
  await expect(rows).toHaveCount(members.length)
  for (const m of members) {
    const row = page.locator(`[data-testid=attendance-row][data-member-id="${m.id}"]`)
    if (m.id === present.id) {
      await row.getByText('出席', { exact: true }).click()
    } else if (m.id === absent.id) {
      await row.getByText('缺席', { exact: true }).click()
    } else {
      await row.getByText('请假', { exact: true }).click()
      await row.getByTestId('attendance-reason').fill('外出务工，已向支部请假')
    }
  }
  await expect(page.getByTestId('meeting-tally')).toHaveText(`出席 1，请假 ${members.length - 2}，缺席 1`)
  await page.getByTestId('meeting-save').click()

  // The saved meeting shows what it gave each member.
  const outcomes = page.getByTestId('meeting-outcomes')
  await expect(outcomes).toContainText(present.name)
  await expect(outcomes.locator(`[data-testid=outcome-change][data-member-id="${present.id}"]`)).toHaveText('+2')
  await expect(outcomes.locator(`[data-testid=outcome-change][data-member-id="${absent.id}"]`)).toHaveText('-3')

  expect(await shownTotal(page, present.id)).toBe(presentBefore + 2)
  await expect(page.getByTestId('points-entries')).toContainText(topic)
  expect(await shownTotal(page, absent.id)).toBe(absentBefore - 3)
  await expect(page.getByTestId('points-entries')).toContainText(topic)
})
