import { execFileSync } from 'node:child_process'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

/**
 * Whether Chromium has a font for Chinese. Without one it draws the characters as empty boxes
 * and the PDF holds no Chinese text; the words are then checked in the page under print media
 * only, and the PDF for its pages and the digits (dates, numbers).
 */
const chineseFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
})()

async function login(page: Page) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('current-user')).not.toBeEmpty()
}

/** The API as the same account, to find the demo records and what their documents must say. */
async function apiAs(request: APIRequestContext) {
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
type Api = Awaited<ReturnType<typeof apiAs>>

interface Named {
  id: number
  name: string
}
interface Page_<T> {
  items: T[]
}

/** A `YYYY-MM-DD` day as the documents write it in Chinese: 2026年11月3日. */
function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

/**
 * Prints the page as Chromium's print-to-PDF does (print media, the page's own @page size) and
 * reads the PDF back with pdf.js: its text, with white space dropped, and each page's size.
 */
async function printToPdf(page: Page): Promise<{ text: string; pages: { width: number; height: number }[] }> {
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  // pdf.js draws nothing here: stand-ins keep it from looking for a canvas package to draw with.
  const globals = globalThis as Record<string, unknown>
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) globals[name] ??= class {}
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise
  let text = ''
  const pages: { width: number; height: number }[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const sheet = await document.getPage(number)
    const [, , width, height] = sheet.view
    pages.push({ width, height })
    const content = await sheet.getTextContent()
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('')
  }
  await document.destroy()
  return { text: squash(text), pages }
}

/**
 * Opens a print page, checks that printing leaves out the toolbar and that the sheet and the
 * PDF say every one of `words`; returns the PDF's pages.
 */
async function checkPrinted(page: Page, path: string, words: string[]) {
  // The print button opens the browser's dialog: counted here instead.
  await page.addInitScript(() => {
    window.print = () => {
      const counted = window as unknown as { printed?: number }
      counted.printed = (counted.printed ?? 0) + 1
    }
  })
  await page.emulateMedia({ media: 'screen' })
  await page.goto(path)
  const sheet = page.getByTestId('print-sheet')
  await expect(sheet).toHaveAttribute('data-ready', 'true')
  await page.getByTestId('print-button').click()
  expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1)

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('print-button')).toBeHidden()
  await expect(page.getByTestId('print-back')).toBeHidden()
  const shown = squash((await sheet.innerText()) ?? '')
  for (const word of words) expect(shown, `the printed page says ${word}`).toContain(squash(word))

  const { text, pages } = await printToPdf(page)
  expect(pages.length).toBeGreaterThan(0)
  for (const word of words) {
    const digitsOnly = squash(word).replace(/[^0-9]/g, '')
    if (chineseFont) expect(text, `the PDF says ${word}`).toContain(squash(word))
    else if (digitsOnly) expect(text.replace(/[^0-9]/g, ''), `the PDF has the digits of ${word}`).toContain(digitsOnly)
  }
  return pages
}

const A4 = { width: 595, height: 842 }
function isA4(size: { width: number; height: number }, landscape = false) {
  const [width, height] = landscape ? [A4.height, A4.width] : [A4.width, A4.height]
  return Math.abs(size.width - width) < 3 && Math.abs(size.height - height) < 3
}

test.describe('printed documents', () => {
  let api: Api

  test.beforeEach(async ({ page, request }) => {
    api = await apiAs(request)
    await login(page)
  })

  // 周明远's admission publicity: one notice for each of the two sites, each on its own page.
  test('the two-place publicity notice', async ({ page }) => {
    const publicities = await api.get<Page_<{ id: number; member_id: number; purpose: string }>>('/api/v1/publicities?limit=200')
    const publicity = publicities.items.find((item) => item.purpose === 'admission')
    expect(publicity, 'the demo city has an admission publicity').toBeTruthy()
    const member = await api.get<Named>(`/api/v1/members/${publicity!.member_id}`)
    // The demo dates its publicity from the day it is loaded: the notice prints the period the
    // server holds, with its working days on the calendar.
    type Site = { start_on: string | null; end_on: string | null; working_days: number | null }
    const { sites } = await api.get<{ sites: Site[] }>(`/api/v1/publicities/${publicity!.id}`)
    const [site] = sites
    expect(site?.start_on && site.end_on && site.working_days, 'the first site has its period').toBeTruthy()

    // From the publicity's page, by its link.
    await page.goto(`/publicities/${publicity!.id}`)
    await page.getByTestId('publicity-print').click()
    await expect(page).toHaveURL(new RegExp(`/print/publicities/${publicity!.id}$`))

    const pages = await checkPrinted(page, `/print/publicities/${publicity!.id}`, [
      `关于拟接收${member.name}同志为中共预备党员的公示`,
      '组织关系所在地公示',
      '居住地公示',
      '向张岭社区第一网格党支部反映',
      '向育才社区党委反映',
      `公示时间：${longDate(site!.start_on!)}至${longDate(site!.end_on!)}（${site!.working_days}个工作日）`,
      '来信、来电、来访',
    ])
    expect(pages).toHaveLength(2)
    expect(pages.every((size) => isA4(size))).toBe(true)
    // Names only: no record numbers on the notice.
    await expect(page.getByTestId('print-sheet')).not.toContainText('#')
  })

  test('the transfer letter with its return slip', async ({ page }) => {
    type Letter = { id: number; member_id: number; from_org_id: number; to_org_id: number; issued_on: string; expires_on: string }
    let letter = (await api.get<Page_<Letter>>('/api/v1/transfers?limit=1')).items[0]
    if (!letter) {
      // The demo city has no letter yet: one for a full member of 鼓楼社区第二网格党支部 to the first grid's branch.
      const branches = await api.get<Page_<Named>>(`/api/v1/organizations?q=${encodeURIComponent('鼓楼社区')}&kind=branch&limit=10`)
      const from = branches.items.find((org) => org.name === '鼓楼社区第二网格党支部')!
      const to = branches.items.find((org) => org.name === '鼓楼社区第一网格党支部')!
      const members = await api.get<Page_<Named>>(`/api/v1/members?org_id=${from.id}&link=membership&stage=full&limit=1`)
      letter = await api.post<Letter>('/api/v1/transfers', { member_id: members.items[0].id, to_org_id: to.id, note: '工作调动' })
    }
    const member = await api.get<Named>(`/api/v1/members/${letter.member_id}`)
    const from = await api.get<Named>(`/api/v1/organizations/${letter.from_org_id}`)
    const to = await api.get<Named>(`/api/v1/organizations/${letter.to_org_id}`)

    await page.goto('/transfers')
    await page.getByTestId('transfer-print').first().click()
    await expect(page).toHaveURL(/\/print\/transfers\/\d+$/)

    const number = `（${letter.issued_on.slice(0, 4)}）第${String(letter.id).padStart(6, '0')}号`
    const pages = await checkPrinted(page, `/print/transfers/${letter.id}`, [
      '中国共产党党员组织关系介绍信',
      '中国共产党党员组织关系介绍信回执',
      number,
      `${member.name}同志`,
      `由${from.name}转到${to.name}`,
      `有效期至${longDate(letter.expires_on)}`,
      longDate(letter.issued_on),
      `${member.name}同志的党员组织关系已转达我处，特此回执`,
    ])
    expect(pages).toHaveLength(1)
    expect(isA4(pages[0])).toBe(true)
  })

  test('the meeting record', async ({ page }) => {
    type Line = { name: string; attendance: 'present' | 'leave' | 'absent' }
    type Meeting = { id: number; org_id: number; held_on: string; topic: string; attendance: Line[] }
    const meetings = await api.get<Page_<Meeting>>('/api/v1/meetings?org_id=1&limit=50')
    // One with someone absent when there is one (the meeting-points test records such a meeting).
    const meeting = meetings.items.find((m) => m.attendance.some((line) => line.attendance === 'absent')) ?? meetings.items[0]
    expect(meeting, 'the demo city has meetings').toBeTruthy()
    const org = await api.get<Named>(`/api/v1/organizations/${meeting.org_id}`)
    const names = (kind: Line['attendance']) => meeting.attendance.filter((line) => line.attendance === kind).map((line) => line.name)
    const present = names('present')
    const absent = names('absent')
    const leave = names('leave')

    await checkPrinted(page, `/print/meetings/${meeting.id}`, [
      `${org.name}会议记录`,
      meeting.topic,
      longDate(meeting.held_on),
      '会议地点',
      `应到 ${meeting.attendance.length} 人，实到 ${present.length} 人，请假 ${leave.length} 人，缺席 ${absent.length} 人`,
      ...present.slice(0, 3),
      ...absent.slice(0, 3),
      '主持人（签字）',
    ])
  })

  test('the branch compliance report', async ({ page }) => {
    const dashboard = await api.get<{ period: string }>('/api/v1/dashboard?org_id=1')
    const compliance = await api.get<{ branches: { name: string; compliant: boolean }[] }>(
      `/api/v1/organizations/1/compliance?period=${dashboard.period}`,
    )
    const ok = compliance.branches.filter((branch) => branch.compliant).length

    // From the compliance page, with the quarter picked.
    await page.goto('/meetings/compliance?org_id=1')
    await page.getByTestId('compliance-kind').getByText('季度').click()
    await page.getByTestId('compliance-print').click()
    await expect(page).toHaveURL(new RegExp(`/print/compliance/1/${dashboard.period}$`))

    const quarter = ['一', '二', '三', '四'][Number(dashboard.period.slice(-1)) - 1]
    const pages = await checkPrinted(page, `/print/compliance/1/${dashboard.period}`, [
      `中共安康市委员会组织生活落实情况报告（${dashboard.period.slice(0, 4)}年第${quarter}季度）`,
      `共有党支部 ${compliance.branches.length} 个，无缺项 ${ok} 个，有缺项 ${compliance.branches.length - ok} 个`,
      ...compliance.branches.slice(0, 3).map((branch) => branch.name),
      '支部党员大会',
    ])
    // A wide table: the report prints across the page.
    expect(pages.every((size) => isA4(size, true))).toBe(true)
  })

  test('the evaluation result list', async ({ page }) => {
    const campaigns = await api.get<Page_<{ id: number; org_id: number; year: number }>>('/api/v1/evaluations?limit=1')
    const campaign = campaigns.items[0]
    expect(campaign, 'the demo city has an evaluation').toBeTruthy()
    const org = await api.get<Named>(`/api/v1/organizations/${campaign.org_id}`)
    const entries = await api.get<Page_<{ name: string; final_grade: string | null }>>(
      `/api/v1/evaluations/${campaign.id}/entries?limit=200`,
    )

    await page.goto(`/evaluations/${campaign.id}`)
    await page.getByTestId('evaluation-print').click()
    await expect(page).toHaveURL(new RegExp(`/print/evaluations/${campaign.id}$`))

    await checkPrinted(page, `/print/evaluations/${campaign.id}`, [
      `${org.name}${campaign.year}年度民主评议党员结果`,
      `参加评议 ${entries.items.length} 人`,
      ...entries.items.slice(0, 5).map((entry) => entry.name),
      '评定等次',
      '合格',
    ])
  })

  // The half-year feedback on a vertically managed unit to its superior: the first report of the
  // city (the demo's on 江北街道's power supply station, or one a walkthrough composed), or one
  // composed on the tax bureau for the last half year that has ended when there is none.
  test('the co-building feedback report', async ({ page }) => {
    type Report = { id: number; year: number; half: number; signed_off_at: string | null; content: Record<string, string> }
    let report = (await api.get<Page_<Report>>('/api/v1/co-building/feedback-reports?limit=1')).items[0]
    if (!report) {
      const units = await api.get<Page_<Named>>(`/api/v1/units?q=${encodeURIComponent('国家税务总局安康市税务局')}&limit=5`)
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
      const [year, month] = today.split('-').map(Number)
      const half = month <= 6 ? { year: year - 1, half: 2 } : { year, half: 1 }
      report = await api.post<Report>('/api/v1/co-building/feedback-reports', { unit_id: units.items[0].id, ...half })
    }
    const { unit_name: unit, street_name: street, superior_name: superior, from, to } = report.content
    const period = `${report.year}年${report.half === 1 ? '上半年' : '下半年'}`

    await page.goto(`/co-building/feedback-reports/${report.id}`)
    await page.getByTestId('feedback-print').click()
    await expect(page).toHaveURL(new RegExp(`/print/feedback-reports/${report.id}$`))

    const pages = await checkPrinted(page, `/print/feedback-reports/${report.id}`, [
      `${street}党工委关于${unit}共驻共建情况的反馈（${period}）`,
      `${superior}：`,
      `${longDate(from)}至${longDate(to)}`,
      '一、共建任务完成情况',
      '二、共建项目开展情况',
      '三、在职党员到社区报到和志愿服务情况',
      `${street}党工委（盖章）`,
    ])
    expect(pages.every((size) => isA4(size))).toBe(true)
    await expect(page.getByTestId('print-sheet')).not.toContainText('#')
  })

  // 育才社区's assessment opinion: the first given one of the demo city, or one given now on the
  // elderly care centre located there (for the file: no department asked for it).
  test('the community assessment opinion', async ({ page }) => {
    type Opinion = { id: number; area_name: string; subject_kind: string; subject_name: string; asker_name: string | null; given_on: string; content: string }
    let opinion = (await api.get<Page_<Opinion>>('/api/v1/opinions?state=given&limit=1')).items[0]
    if (!opinion) {
      const areas = await api.get<Page_<Named>>(`/api/v1/areas?q=${encodeURIComponent('育才社区')}&kind=community&limit=5`)
      const units = await api.get<Page_<Named>>(`/api/v1/units?q=${encodeURIComponent('育才社区养老服务中心')}&limit=5`)
      opinion = await api.post<Opinion>('/api/v1/opinions', {
        area_id: areas.items.find((area) => area.name === '育才社区')!.id,
        subject_kind: 'unit',
        subject_id: units.items[0].id,
        purpose: 'award',
        year: Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4)),
        verdict: 'agree',
        content: '该中心常年为社区老人提供助餐服务，群众评价好，同意评为先进',
      })
    }
    const subject = opinion.subject_kind === 'unit' ? opinion.subject_name : `${opinion.subject_name}同志`

    await page.goto(`/opinions/${opinion.id}`)
    await page.getByTestId('opinion-print').click()
    await expect(page).toHaveURL(new RegExp(`/print/opinions/${opinion.id}$`))

    const pages = await checkPrinted(page, `/print/opinions/${opinion.id}`, [
      `${opinion.area_name}党组织关于${subject}的鉴定意见`,
      opinion.asker_name ? `${opinion.asker_name}：` : '（存档）',
      opinion.content.slice(0, 20),
      '鉴定结论：',
      `${opinion.area_name}党组织（盖章）`,
      longDate(opinion.given_on),
    ])
    expect(pages).toHaveLength(1)
    expect(isA4(pages[0])).toBe(true)
    await expect(page.getByTestId('print-sheet')).not.toContainText('#')
  })

  // The year's access-list table of the city: from the report's page, for this year.
  test('the community affairs access report', async ({ page }) => {
    const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4))
    type Report = { rows: { area_name: string; department: string }[]; assigned: number; refused: number }
    const report = await api.get<Report>(`/api/v1/community-affairs/report?year=${year}`)

    await page.goto('/community-affairs/report')
    await page.getByTestId('affairs-report-print').click()
    await expect(page).toHaveURL(new RegExp(`/print/community-affairs/report\\?year=${year}$`))

    const pages = await checkPrinted(page, `/print/community-affairs/report?year=${year}`, [
      `安康市社区事务准入执行情况统计表（${year}年度）`,
      ...(report.rows.length
        ? [`全年共派发 ${report.assigned} 项`, `拒绝派发 ${report.refused} 项`, '合计', ...report.rows.slice(0, 3).map((row) => row.department)]
        : ['本年度没有派发和拒绝记录']),
    ])
    expect(pages.every((size) => isA4(size))).toBe(true)
    await expect(page.getByTestId('print-sheet')).not.toContainText('#')
  })
})
