import { expect, test, type Locator, type Page } from '@playwright/test'
import { DESKTOP, PHONE, answerTo, expectReadable, login, open, person, settle, signedIn, takeStep } from './helpers'

/**
 * The grid leader's phone, in Chinese: the grid leader of 育才社区 opens 我的网格, sees its grids'
 * visit coverage and households, and logs a visit to a household (a day after today is refused
 * at its field); the household then shows as visited this period. Then a request with photos:
 * registered from a household in three taps with a photo of the spot, accepted and dispatched
 * to the grid leader by the city's administrator on a desktop, who picks them from the grid
 * staff, and resolved by the grid leader with a photo of the work done; the request and its
 * printed sheet show both photos. Texts are unique per run, so it runs again against the same
 * database.
 */

/** Two real 1×1 PNG photos (red, green), small enough to read. */
const SPOT_PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4YaMBAAL8AS3/gzpXAAAAAElFTkSuQmCC', 'base64')
const DONE_PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPQ6LEBAAHQAPF3xLVmAAAAAElFTkSuQmCC', 'base64')

/** Today in China Standard Time, where the server's business dates live. */
function chinaDay(offsetDays = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
}

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

/** Opens a page from the phone's menu drawer by its name. */
async function fromMenu(page: Page, name: string) {
  await open(page, '/start')
  await page.getByTestId('nav-toggle').click()
  await page.getByTestId('nav-drawer').getByRole('link', { name, exact: true }).click()
  await settle(page)
}

/** The count of visited households the coverage shows for a grid (`已走访 2/3 户`). */
async function visitedCount(row: Locator): Promise<number> {
  const text = (await row.getByTestId('visit-coverage-count').textContent()) ?? ''
  const match = text.match(/已走访 (\d+)\/(\d+) 户/)
  expect(match, `a count of visited households in “${text}”`).toBeTruthy()
  return Number(match![1])
}

test('a grid leader logs a household visit on a phone, and the household shows as visited this period', async ({ browser }) => {
  test.setTimeout(120_000)
  const topic = `了解独居老人用水用电情况（${Date.now()}）`
  const leader = await signedIn(browser, 'yucai_grid')

  // 我的网格 from the menu: the coverage of both grids of 育才社区 on top, the households below.
  await fromMenu(leader, '我的网格')
  await expect(leader).toHaveURL(/\/households$/)
  await expect(leader.getByRole('heading', { name: '我的网格' })).toBeVisible()
  const coverage = leader.getByTestId('visit-coverage')
  await expect(coverage).toContainText('本期走访覆盖率')
  await expect(coverage).toContainText(/目标：每个网格 \d+% 的住户/)
  const grids = coverage.getByTestId('visit-coverage-grid')
  await expect(grids).toHaveCount(2)
  await expect(grids.filter({ hasText: '育才社区第一网格' })).toHaveCount(1)
  await expect(grids.filter({ hasText: '育才社区第二网格' })).toHaveCount(1)
  const cards = leader.getByTestId('household-card')
  await expect(cards.first()).toBeVisible()
  // Names and addresses come masked, as the server gives them.
  await expect(cards.first().getByTestId('household-head')).toContainText('*')
  await expectReadable(leader, '我的网格')

  // A household not visited this period if there is one left (a run before may have visited them all).
  const due = cards.filter({ has: leader.getByTestId('household-visited').filter({ hasText: '本期未走访' }) })
  const card = (await due.count()) > 0 ? due.first() : cards.first()
  const wasDue = (await card.getByTestId('household-visited').textContent())?.includes('未走访') ?? false
  const householdId = await card.getAttribute('data-household-id')
  const head = ((await card.getByTestId('household-head').textContent()) ?? '').trim()
  const gridName = (await card.getByTestId('household-grid').textContent())?.trim() ?? ''
  const gridRow = grids.filter({ hasText: gridName })
  await expect(gridRow).toHaveCount(1)
  const before = await visitedCount(gridRow)

  // 登记走访 opens over the whole screen, today and the usual topic filled in.
  await card.getByTestId('household-visit').click()
  const dialog = leader.getByRole('dialog', { name: `登记走访：${head}户` })
  await expect(dialog).toBeVisible()
  expect((await dialog.boundingBox())?.width, 'the form takes the whole width').toBe(PHONE.width)
  const date = dialog.getByRole('combobox', { name: '走访日期' })
  await expect(date).toHaveValue(chinaDay())
  await expect(dialog.getByTestId('visit-topic')).toHaveValue('入户走访')
  await dialog.getByTestId('visit-topic').fill(topic)
  await dialog.getByTestId('visit-findings').fill('老人独居，水电正常，希望社区定期上门')
  await dialog.getByTestId('visit-follow-up').fill('每月上门一次')

  // A day after today: the server refuses it, and says so at the date.
  await date.fill(chinaDay(1))
  await date.press('Enter')
  const refused = answerTo(leader, `/api/v1/households/${householdId}/visits`, 'POST')
  await dialog.getByTestId('visit-save').click()
  expect((await refused).status()).toBe(422)
  const dateItem = dialog.locator('.el-form-item').filter({ has: leader.getByRole('combobox', { name: '走访日期' }) })
  await expect(dateItem.getByRole('alert')).toContainText('日期不能晚于今天')
  await expect(dialog).toBeVisible()

  await date.fill(chinaDay())
  await date.press('Enter')
  const saved = answerTo(leader, `/api/v1/households/${householdId}/visits`, 'POST')
  await dialog.getByTestId('visit-save').click()
  expect((await saved).status()).toBe(201)
  await expect(dialog).toBeHidden()
  await settle(leader)

  // The household shows as visited this period, today; the grid's coverage counts it.
  const visited = leader.locator(`[data-testid="household-card"][data-household-id="${householdId}"]`)
  await expect(visited.getByTestId('household-visited')).toHaveText('本期已走访')
  await expect(visited.getByTestId('household-last-visit')).toHaveText(`最近走访 ${chinaDay()}`)
  expect(await visitedCount(gridRow)).toBe(wasDue ? before + 1 : before)
  await expectReadable(leader, '我的网格 after the visit')

  // Its visits list the new one first, with the findings.
  await visited.getByTestId('household-history').click()
  const history = leader.getByRole('dialog', { name: `${head}户的走访记录` })
  await expect(history.getByTestId('visit-entry').first()).toContainText(topic)
  await expect(history.getByTestId('visit-entry').first()).toContainText('老人独居，水电正常')
  await history.getByRole('button', { name: '关闭' }).last().click()
  await expect(history).toBeHidden()

  await leader.context().close()
})

/** The photos a request page shows, by name, each with its thumbnail drawn from the server's bytes. */
async function expectPhotos(page: Page, names: string[]) {
  const photos = page.getByTestId('request-photo')
  await expect(photos.getByTestId('attachment-name')).toHaveText(names)
  for (const photo of await photos.all()) {
    const image = photo.getByTestId('attachment-thumbnail').locator('img')
    await expect(image).toHaveAttribute('src', /^blob:/)
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1)
  }
}

test('a request with photos: registered from a household on a phone, dispatched to the grid leader from the grid staff, resolved with a photo', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now()
  const text = `楼道灯不亮，夜间出行不便（${stamp}）`
  const spot = `楼道现场-${stamp}.png`
  const done = `维修完成-${stamp}.png`
  const leader = await signedIn(browser, 'yucai_grid')
  const leaderName = ((await leader.getByTestId('current-user').textContent()) ?? '').trim()

  // From a household of 我的网格: the new request comes with its grid and the household.
  await fromMenu(leader, '我的网格')
  const card = leader.getByTestId('household-card').first()
  const grid = ((await card.getByTestId('household-grid').textContent()) ?? '').trim()
  const head = ((await card.getByTestId('household-head').textContent()) ?? '').trim()
  await card.getByTestId('household-request').click()
  await expect(leader).toHaveURL(/\/requests\/new\?/)
  await settle(leader)
  await expect(leader.getByTestId('request-area')).toContainText(grid)
  await expect(leader.getByTestId('request-household')).toContainText(head)
  await expectReadable(leader, 'the new request form from a household')

  // Type, text, a photo of the spot (the camera on a phone), submit.
  await leader.getByTestId('request-type').getByText('求助', { exact: true }).click()
  await leader.getByTestId('request-text').fill(text)
  const input = leader.getByTestId('request-photo').getByTestId('attachment-input')
  await expect(input).toHaveAttribute('capture', 'environment')
  await input.setInputFiles({ name: spot, mimeType: 'image/png', buffer: SPOT_PHOTO })
  await expect(leader.getByTestId('photo-chosen')).toContainText(spot)
  await expectReadable(leader, 'the new request form with a photo')
  const created = answerTo(leader, '/api/v1/requests', 'POST')
  const uploaded = answerTo(leader, /\/api\/v1\/requests\/\d+\/attachments$/, 'POST')
  await leader.getByTestId('request-submit').click()
  expect((await created).status()).toBe(201)
  expect((await uploaded).status()).toBe(201)
  await expect(leader).toHaveURL(/\/requests\/\d+$/)
  const path = new URL(leader.url()).pathname
  await settle(leader)
  await expect(leader.getByTestId('request-description')).toHaveText(text)
  await expectPhotos(leader, [spot])
  await expect(leader.getByTestId('request-photo-by')).toContainText(leaderName)
  await expectReadable(leader, 'the request with its photo')

  // The city's administrator, on a desktop, accepts it and dispatches it to the grid leader,
  // picked from the grid staff of the request's place.
  const admin = await person(browser, DESKTOP)
  await login(admin, process.env.DANGJIAN_E2E_USERNAME!, process.env.DANGJIAN_E2E_PASSWORD ?? '')
  await open(admin, path)
  await expectPhotos(admin, [spot])
  await takeStep(admin, '受理')
  await expect(admin.getByTestId('request-state')).toHaveText('已受理')
  await takeStep(admin, '派单', async (dialog) => {
    await dialog.getByText('网格长', { exact: true }).click()
    await dialog.getByTestId('request-assignee-user').click()
    await admin.getByRole('option', { name: new RegExp(`^${leaderName}（`) }).click()
  })
  await expect(admin.getByTestId('request-state')).toHaveText('办理中')
  await expect(admin.getByTestId('request-assignee')).toHaveText(`网格长 ${leaderName}`)
  await expectReadable(admin, 'the dispatched request')

  // The grid leader resolves it with a note and a photo of the work done.
  await open(leader, path)
  await takeStep(leader, '办结', async (dialog) => {
    await dialog.getByTestId('request-step-note').fill('已更换楼道灯泡，照明恢复')
    const photo = dialog.getByTestId('request-step-photo')
    await photo.getByTestId('attachment-input').setInputFiles({ name: done, mimeType: 'image/png', buffer: DONE_PHOTO })
    await expect(photo.getByTestId('photo-chosen')).toContainText(done)
  })
  await expect(leader.getByTestId('request-state')).toHaveText('已办结')
  await expectPhotos(leader, [spot, done])
  await expectReadable(leader, 'the resolved request with both photos')

  // The administrator sees both, and the printed sheet names them.
  await open(admin, path)
  await expectPhotos(admin, [spot, done])
  await expectReadable(admin, 'the resolved request on a desktop')
  const id = path.split('/').pop()
  await admin.goto(`/print/requests/${id}`)
  await expect(admin.getByTestId('print-request-photos')).toContainText(spot)
  await expect(admin.getByTestId('print-request-photos')).toContainText(done)

  await admin.context().close()
  await leader.context().close()
})
