import { expect, test, type Locator, type Page } from '@playwright/test'
import { DESKTOP, PHONE, answerTo, axeViolations, demoAccount, expectReadable, login, open, person, settle } from './helpers'

/**
 * Co-building (共驻共建) as 老城街道's party-affairs worker does it, in Chinese on a desktop: the
 * street's joint meeting convened from the district committee, the tax bureau as a member, a
 * meeting planned, its agenda sent, held with minutes and attendance, a resolution; the
 * resolution becomes a need of 育才社区, the tax bureau's volunteers are listed as a resource and
 * matched with it in a project, whose first progress takes a photo (a PDF refused), and a task to
 * the tax bureau is answered with feedback. Then the project, its photo and the task list on a
 * 390 px phone, with an overdue task that is then withdrawn. Texts and file names are unique per
 * run; a joint meeting the street already has (an earlier run) is used as it is.
 */

const TAX = '国家税务总局安康市税务局'

/** A real 1×1 PNG photo (red). */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4YaMBAAL8AS3/gzpXAAAAAElFTkSuQmCC', 'base64')
/** The start of a PDF: what a scanned plan looks like to the server. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

/** A day counted from today in China Standard Time, as the API writes it. */
function chinaDay(offset = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10)
}

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

/** Opens a page of the 共驻共建 group from the desktop header's menu. */
async function fromMenu(page: Page, label: string, path: string) {
  await page.getByTestId('nav-menu').getByRole('button', { name: '共驻共建' }).click()
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

async function setDate(dialog: Locator, label: string, day: string) {
  const input = dialog.getByRole('combobox', { name: label })
  await input.fill(day)
  await input.press('Enter')
}

/** Submits a dialog's form and waits for the server's answer to it. */
async function submit(page: Page, dialog: Locator, button: string, path: string | RegExp, method = 'POST', status = 201) {
  const answer = answerTo(page, path, method)
  await dialog.getByTestId(button).click()
  expect((await answer).status()).toBe(status)
  await expect(dialog).toBeHidden()
  await settle(page)
}

test('a street sets up its joint meeting, turns a resolution into a need, a project and a task, and gets its feedback', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const run = Date.now()
  const problems: string[] = []
  const check = async (page: Page, where: string) => {
    await expectReadable(page, where)
    for (const line of await axeViolations(page)) problems.push(`${where}: ${line}`)
  }
  const street = demoAccount('laocheng_admin')
  const page = await person(browser, DESKTOP)
  await login(page, street.username, street.password)

  // 联席会: set up once for 老城街道, convened by a leader of the district committee above it.
  await fromMenu(page, '联席会', '/co-building/joint-bodies')
  await check(page, 'the joint meetings')
  const existing = page.getByTestId('joint-table').getByTestId('joint-link').filter({ hasText: '老城街道' })
  if ((await existing.count()) === 0) {
    await page.getByTestId('joint-set-up').click()
    const dialog = page.getByRole('dialog', { name: '设立联席会' })
    await expect(dialog.getByTestId('joint-area')).toContainText('老城街道')
    await pickByName(page, dialog.getByTestId('joint-convener-org'), '汉滨区委员会', /^中共安康市汉滨区委员会/)
    await dialog.getByTestId('joint-convener-name').fill('王建国')
    await dialog.getByTestId('joint-convener-post').fill('区委副书记')
    await submit(page, dialog, 'joint-save', '/api/v1/joint-bodies')
  } else {
    await existing.click()
    await settle(page)
  }
  await expect(page).toHaveURL(/\/co-building\/joint-bodies\/\d+$/)
  const bodyPath = new URL(page.url()).pathname
  await expect(page.getByTestId('joint-title')).toHaveText('老城街道联席会')
  await expect(page.getByTestId('joint-convener')).toHaveText('王建国（区委副书记）')
  await expect(page.getByTestId('joint-convener-org-name')).toHaveText('中共安康市汉滨区委员会')
  await expect(page.getByTestId('joint-next-due')).toHaveText(/^\d{4}-\d{2}-\d{2}$/)

  // The tax bureau, located in the street, takes a seat with its representative.
  await page.getByTestId('seat-add').click()
  const seatDialog = page.getByRole('dialog', { name: '增加成员' })
  await expect(seatDialog.getByTestId('seat-kind')).toContainText('驻区单位')
  // A street's joint meeting takes no police: that seat is the community's.
  await expect(seatDialog.getByTestId('seat-kind')).not.toContainText('社区民警')
  await pickByName(page, seatDialog.getByTestId('seat-unit'), '税务局', TAX)
  await seatDialog.getByTestId('seat-representative').fill('李明')
  await seatDialog.getByTestId('seat-post').fill('机关党委书记')
  await submit(page, seatDialog, 'seat-save', /\/api\/v1\/joint-bodies\/\d+\/seats$/)
  const seatRow = page.getByTestId('seat-table').locator('tr').filter({ hasText: TAX }).last()
  await expect(seatRow).toContainText('驻区单位')
  await expect(seatRow).toContainText('李明')
  await check(page, 'the joint meeting')

  // A meeting planned for today, its agenda not sent yet: late, as the 15 days ahead are past.
  const agenda = `一、辖区养老服务共建；二、老旧小区改造协调（${run}）`
  await page.getByTestId('joint-meeting-plan').click()
  const planDialog = page.getByRole('dialog', { name: '安排会议' })
  await setDate(planDialog, '会议日期', chinaDay())
  await planDialog.getByTestId('joint-meeting-agenda').fill(agenda)
  await submit(page, planDialog, 'joint-meeting-save', /\/api\/v1\/joint-bodies\/\d+\/meetings$/)
  await expect(page).toHaveURL(/\/co-building\/joint-meetings\/\d+$/)
  const meetingPath = new URL(page.url()).pathname
  await expect(page.getByTestId('joint-meeting-title')).toHaveText('老城街道联席会会议')
  await expect(page.getByTestId('joint-meeting-state')).toHaveText('待召开')
  await expect(page.getByTestId('joint-meeting-agenda-shown')).toHaveText(agenda)
  await expect(page.getByTestId('joint-meeting-sent-on')).toHaveText('议程未送达')
  await expect(page.getByTestId('joint-meeting-late')).toHaveText('议程未按时送达')

  // The agenda sent today.
  await page.getByTestId('joint-meeting-send').click()
  const sendDialog = page.getByRole('dialog', { name: '登记议程送达' })
  await expect(sendDialog.getByRole('combobox', { name: '议程送达日期' })).toHaveValue(chinaDay())
  await submit(page, sendDialog, 'joint-meeting-send-save', /\/api\/v1\/joint-meetings\/\d+$/, 'PATCH', 200)
  await expect(page.getByTestId('joint-meeting-sent-on')).toHaveText(chinaDay())

  // Held: minutes, and the tax bureau's seat present (every seat starts ticked).
  const minutes = `会议讨论了养老服务共建，税务局表示派出青年志愿者参与（${run}）`
  await page.getByTestId('joint-meeting-record').click()
  const heldDialog = page.getByRole('dialog', { name: '记录召开情况' })
  await expect(heldDialog.getByRole('combobox', { name: '会议日期' })).toHaveValue(chinaDay())
  await heldDialog.getByTestId('joint-meeting-minutes-input').fill(minutes)
  const taxSeat = heldDialog.getByTestId('joint-meeting-seat').filter({ hasText: TAX }).last()
  await expect(taxSeat.locator('input')).toBeChecked()
  await submit(page, heldDialog, 'joint-meeting-record-save', /\/api\/v1\/joint-meetings\/\d+$/, 'PATCH', 200)
  await expect(page.getByTestId('joint-meeting-state')).toHaveText('已召开')
  await expect(page.getByTestId('joint-meeting-late')).toHaveCount(0)
  await expect(page.getByTestId('joint-meeting-minutes')).toHaveText(minutes)
  await expect(page.getByTestId('joint-meeting-counts')).toContainText('缺席 0')
  const presence = page.getByTestId('joint-meeting-presence').filter({ hasText: TAX }).last()
  await expect(presence).toContainText('出席')
  await expect(presence).toContainText('李明')

  // A resolution of the meeting.
  const resolution = `税务局青年志愿者每月两次到育才社区开展老年助餐服务（${run}）`
  await page.getByTestId('resolution-add').click()
  const resolutionDialog = page.getByRole('dialog', { name: '添加决议' })
  await resolutionDialog.getByTestId('resolution-text-input').fill(resolution)
  await submit(page, resolutionDialog, 'resolution-save', /\/api\/v1\/joint-meetings\/\d+\/resolutions$/)
  const resolutionItem = page.getByTestId('resolution').filter({ hasText: resolution })
  await expect(resolutionItem).toHaveCount(1)
  await check(page, 'the held meeting')
  // The joint meeting now counts it as its last meeting.
  await open(page, bodyPath)
  await expect(page.getByTestId('joint-last-held')).toHaveText(chinaDay())
  await expect(page.getByTestId('joint-rhythm')).toHaveText('按期')
  await open(page, meetingPath)

  // 登记需求 from the resolution: a need of 育才社区 that cites it.
  const need = `老年人助餐（${run}）`
  await page.getByTestId('resolution').filter({ hasText: resolution }).getByTestId('resolution-need').click()
  const needDialog = page.getByRole('dialog', { name: '登记需求' })
  await expect(needDialog.getByTestId('need-resolution')).toHaveText(`落实决议：${resolution}`)
  await pickArea(page, needDialog.getByTestId('need-area'), '育才社区')
  await expect(needDialog.getByTestId('need-source')).toContainText('社区')
  await needDialog.getByTestId('need-title').fill(need)
  await needDialog.getByTestId('need-description').fill('辖区独居老人 30 余人，午餐配送缺少人手')
  await needDialog.getByTestId('need-kind').click()
  await page.getByRole('option', { name: '志愿者', exact: true }).click()
  await submit(page, needDialog, 'need-save', '/api/v1/co-building/needs')
  await expect(page).toHaveURL(/\/co-building\/needs\/\d+$/)
  const needPath = new URL(page.url()).pathname
  await expect(page.getByTestId('need-title-shown')).toHaveText(need)
  await expect(page.getByTestId('need-state')).toHaveText('待对接')
  await expect(page.getByTestId('need-area-shown')).toHaveText('育才社区')
  await expect(page.getByTestId('need-facts')).toContainText('志愿者')
  await expect(page.getByTestId('need-from-resolution')).toHaveText('来自联席会决议')

  // 资源清单: the tax bureau's young volunteers, available for a year.
  const offer = `青年志愿服务队（${run}）`
  await fromMenu(page, '资源清单', '/co-building/resources')
  await page.getByTestId('resource-register').click()
  const resourceDialog = page.getByRole('dialog', { name: '登记资源' })
  await pickByName(page, resourceDialog.getByTestId('resource-unit'), '税务局', TAX)
  await expect(resourceDialog.getByTestId('resource-kind').getByRole('radio', { name: '志愿者' })).toBeChecked()
  await resourceDialog.getByTestId('resource-title').fill(offer)
  await resourceDialog.getByTestId('resource-description').fill('每月两次，每次 10 人，可承担送餐和陪护')
  await setDate(resourceDialog, '截止日期', chinaDay(365))
  await submit(page, resourceDialog, 'resource-save', '/api/v1/co-building/resources')
  const resourceRow = page.getByTestId('resource-table').locator('tr').filter({ hasText: offer })
  await expect(resourceRow).toContainText(TAX)
  await expect(resourceRow).toContainText('志愿者')
  await expect(resourceRow).toContainText(`至 ${chinaDay(365)}`)
  await check(page, 'the resources')

  // The need suggests the volunteers; ticked, they start a project owned by the tax bureau.
  await open(page, needPath)
  const suggestion = page.getByTestId('need-suggestion').filter({ hasText: offer })
  await expect(suggestion.getByTestId('need-suggestion-unit')).toHaveText(TAX)
  await expect(suggestion).toContainText('志愿者')
  await check(page, 'the need with its suggestions')
  await suggestion.getByTestId('need-suggestion-pick').click()
  await page.getByTestId('need-start-project').click()
  const projectDialog = page.getByRole('dialog', { name: '发起项目' })
  await expect(projectDialog.getByTestId('project-resources-chosen')).toContainText(offer)
  await expect(projectDialog.getByTestId('project-title')).toHaveValue(need)
  await expect(projectDialog.getByTestId('project-owner')).toContainText(TAX)
  await setDate(projectDialog, '完成期限', chinaDay(180))
  await submit(page, projectDialog, 'project-save', '/api/v1/co-building/projects')
  await expect(page).toHaveURL(/\/co-building\/projects\/\d+$/)
  await expect(page.getByTestId('project-title-shown')).toHaveText(need)
  await expect(page.getByTestId('project-state')).toHaveText('已立项')
  await expect(page.getByTestId('project-owner-shown')).toHaveText(TAX)
  await expect(page.getByTestId('project-need')).toHaveText(`${need}（育才社区）`)
  await expect(page.getByTestId('project-resource')).toContainText(offer)
  // The first progress starts it.
  await page.getByTestId('project-progress').click()
  const progressDialog = page.getByRole('dialog', { name: '记录进展' })
  await progressDialog.getByTestId('project-progress-note').fill('首批 12 位老人已开始配送午餐')
  await submit(page, progressDialog, 'project-step-save', /\/api\/v1\/co-building\/projects\/\d+\/progress$/)
  await expect(page.getByTestId('project-state')).toHaveText('实施中')
  await expect(page.getByTestId('project-progress-entry')).toContainText('老城街道党务工作者 记录')
  await expect(page.getByTestId('project-area-shown')).toHaveText('育才社区')
  const projectPath = new URL(page.url()).pathname

  // Photos of the update, several chosen at once: the PNG is uploaded and shown small; a PDF is
  // left out in the browser, and a PDF under a photo's name is refused by the server, both in Chinese.
  const entry = page.getByTestId('project-progress-entry').filter({ hasText: '首批 12 位老人已开始配送午餐' })
  const photoName = `助餐现场${run}.png`
  const plan = `配送方案${run}.pdf`
  const uploaded = answerTo(page, /\/api\/v1\/co-building\/projects\/\d+\/progress\/\d+\/photos$/, 'POST')
  await entry.getByTestId('attachment-input').setInputFiles([
    { name: plan, mimeType: 'application/pdf', buffer: PDF },
    { name: photoName, mimeType: 'image/png', buffer: PHOTO },
  ])
  expect((await uploaded).status()).toBe(201)
  await expect(page.getByText(`已上传照片“${photoName}”`)).toBeVisible()
  await expect(entry.getByTestId('attachment-refused')).toContainText(`“${plan}”不是照片，此处只能上传 JPG、PNG 照片`)
  const thumbnail = entry.getByRole('img', { name: `“${photoName}”的缩略图，点击放大` })
  await expect(thumbnail).toBeVisible()
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1)
  // A click opens it large; Escape closes it.
  await thumbnail.click()
  const viewer = page.locator('.el-image-viewer__wrapper')
  await expect(viewer.locator('img.el-image-viewer__img')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(viewer).toHaveCount(0)

  const disguised = `配送方案${run}.png`
  const refused = answerTo(page, /\/api\/v1\/co-building\/projects\/\d+\/progress\/\d+\/photos$/, 'POST')
  await entry.getByTestId('attachment-input').setInputFiles({ name: disguised, mimeType: 'image/png', buffer: PDF })
  expect((await refused).status()).toBe(422)
  await expect(entry.getByTestId('attachment-failure')).toHaveText(
    `“${disguised}”：文件内容与其类型不符（可能是改了扩展名的其他文件）或文件为空`,
  )
  await expect(entry.getByTestId('progress-photo')).toHaveCount(1)
  await check(page, 'the project')

  // The project list names the community the project serves.
  await open(page, '/co-building/projects')
  const projectRow = page.getByTestId('project-table').locator('tr.el-table__row').filter({ hasText: need })
  await expect(projectRow.getByTestId('project-area')).toHaveText('育才社区')
  await check(page, 'the projects')
  // The need is taken now.
  await open(page, needPath)
  await expect(page.getByTestId('need-state')).toHaveText('已对接')

  // 分派任务 from the resolution: to the tax bureau, the street assigning it.
  const task = `助餐志愿服务（${run}）`
  await open(page, meetingPath)
  await page.getByTestId('resolution').filter({ hasText: resolution }).getByTestId('resolution-task').click()
  const taskDialog = page.getByRole('dialog', { name: '分派任务' })
  await expect(taskDialog.getByTestId('task-resolution')).toHaveText(`落实决议：${resolution}`)
  await expect(taskDialog.getByTestId('task-area')).toContainText('老城街道')
  await expect(taskDialog.getByTestId('task-description')).toHaveValue(resolution)
  await taskDialog.getByTestId('task-title').fill(task)
  await pickByName(page, taskDialog.getByTestId('task-unit'), '税务局', TAX)
  await setDate(taskDialog, '完成期限', chinaDay(30))
  await submit(page, taskDialog, 'task-save', '/api/v1/co-building/tasks')

  // 共建任务: assigned to the tax bureau; its feedback (a unit gives no service hours) closes it.
  await fromMenu(page, '共建任务', '/co-building/tasks')
  const taskRow = page.getByTestId('task-table').locator('tr.el-table__row').filter({ hasText: task })
  await expect(taskRow.getByTestId('task-assignee')).toHaveText(`驻区单位 ${TAX}`)
  await expect(taskRow.getByTestId('task-state')).toHaveText('已分派')
  await expect(taskRow).toContainText('老城街道')
  await check(page, 'the tasks')
  const feedback = `12 月已开展两次助餐服务，服务老人 24 人次（${run}）`
  await taskRow.getByTestId('task-feedback-open').click()
  const feedbackDialog = page.getByRole('dialog', { name: '任务反馈' })
  await expect(feedbackDialog).toContainText(`${task} · 承接方：${TAX}`)
  await expect(feedbackDialog.getByTestId('task-service-hours')).toHaveCount(0)
  await feedbackDialog.getByTestId('task-answer-text').fill(feedback)
  await submit(page, feedbackDialog, 'task-feedback-save', /\/api\/v1\/co-building\/tasks\/\d+\/feedback$/)
  await expect(taskRow.getByTestId('task-state')).toHaveText('已反馈')
  await expect(taskRow.getByTestId('task-feedback')).toContainText(feedback)
  await expect(taskRow.getByTestId('task-feedback-open')).toHaveCount(0)
  await page.context().close()

  // On a 390 px phone: the project's card names its community, and its page shows the photo
  // without growing wider than the screen.
  const phone = await person(browser, PHONE)
  await login(phone, street.username, street.password)
  await open(phone, '/co-building/projects')
  const projectCard = phone.getByTestId('project-cards').getByTestId('list-card').filter({ hasText: need })
  await expect(projectCard.getByTestId('project-area')).toHaveText('所在社区：育才社区')
  await check(phone, 'the projects on a phone')
  await open(phone, projectPath)
  const phoneEntry = phone.getByTestId('project-progress-entry').filter({ hasText: '首批 12 位老人已开始配送午餐' })
  await expect(phoneEntry.getByRole('img', { name: `“${photoName}”的缩略图，点击放大` })).toBeVisible()
  await check(phone, 'the project on a phone')

  // The task list is cards; a task past its due day is marked and filtered.
  await open(phone, '/co-building/tasks')
  const card = phone.getByTestId('task-card').filter({ hasText: task })
  await expect(card.getByTestId('task-state')).toHaveText('已反馈')
  await expect(card.getByTestId('task-assignee')).toHaveText(`承接方：驻区单位 ${TAX}`)
  await expect(card.getByTestId('task-feedback')).toContainText(feedback)
  await check(phone, 'the tasks on a phone')

  const late = `楼道消防通道清理（${run}）`
  await phone.getByTestId('task-assign').click()
  const phoneDialog = phone.getByRole('dialog', { name: '分派任务' })
  expect((await phoneDialog.boundingBox())?.width, 'the form takes the whole width').toBe(PHONE.width)
  await expect(phoneDialog.getByTestId('task-area')).toContainText('老城街道')
  await phoneDialog.getByTestId('task-title').fill(late)
  await phoneDialog.getByTestId('task-description').fill('清理楼道堆放杂物，保持消防通道畅通')
  await pickByName(phone, phoneDialog.getByTestId('task-unit'), '税务局', TAX)
  await setDate(phoneDialog, '分派日期', chinaDay(-10))
  // Due before it was assigned: said at the field before anything is sent.
  await setDate(phoneDialog, '完成期限', chinaDay(-11))
  await phoneDialog.getByTestId('task-save').click()
  await expect(phoneDialog).toContainText('完成期限不能早于分派日期')
  await setDate(phoneDialog, '完成期限', chinaDay(-5))
  await submit(phone, phoneDialog, 'task-save', '/api/v1/co-building/tasks')
  const lateCard = phone.getByTestId('task-card').filter({ hasText: late })
  await expect(lateCard.getByTestId('task-overdue')).toHaveText('已超期')
  await expect(lateCard.getByTestId('task-state')).toHaveText('已分派')
  await expect(lateCard.getByTestId('task-feedback-open')).toBeVisible()

  await phone.getByTestId('filters-toggle').click()
  const filtered = answerTo(phone, '/api/v1/co-building/tasks')
  await phone.getByTestId('task-filter-overdue').click()
  expect(new URL((await filtered).url()).searchParams.get('overdue')).toBe('true')
  await settle(phone)
  await expect(phone.getByTestId('task-card').filter({ hasText: late })).toHaveCount(1)
  await expect(phone.getByTestId('task-card').filter({ hasText: task })).toHaveCount(0)
  await check(phone, 'the overdue tasks on a phone')

  // Withdrawn with its reason, it is no longer open, nor overdue.
  await phone.getByTestId('task-card').filter({ hasText: late }).getByTestId('task-withdraw-open').click()
  const withdrawDialog = phone.getByRole('dialog', { name: '撤销任务' })
  await withdrawDialog.getByTestId('task-answer-text').fill('与项目任务重复，撤销')
  await submit(phone, withdrawDialog, 'task-withdraw-save', /\/api\/v1\/co-building\/tasks\/\d+\/withdrawal$/)
  await expect(phone.getByTestId('task-card').filter({ hasText: late })).toHaveCount(0)
  await phone.getByTestId('task-filter-overdue').click()
  await settle(phone)
  const withdrawn = phone.getByTestId('task-card').filter({ hasText: late })
  await expect(withdrawn.getByTestId('task-state')).toHaveText('已撤销')
  await expect(withdrawn.getByTestId('task-overdue')).toHaveCount(0)
  await phone.context().close()

  expect(problems).toEqual([])
})
