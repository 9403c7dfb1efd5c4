import { expect, test } from '@playwright/test'
import { DESKTOP, PHONE, answerTo, demoAccounts, expectReadable, login, open, person, settle, takeStep } from './helpers'

/**
 * A resident request from start to end, in Chinese: the grid leader of 育才社区 registers it on
 * a phone in three taps; the city's administrator (who holds every platform) accepts it on a
 * desktop and dispatches it to the grid leader; the grid leader finds it in 我的任务 and resolves
 * it, and gets the one-time rating link; the resident opens the link without an account and
 * gives five stars; the request then shows as rated and closed. The text is unique per run, so
 * it runs again against the same database.
 */

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(process.env.DANGJIAN_E2E_USERNAME, 'DANGJIAN_E2E_USERNAME names the city administrator').toBeTruthy()
})

test('a request goes from the grid leader\'s phone through the platform back to the resident\'s rating', async ({ browser }) => {
  test.setTimeout(180_000)
  const text = `3号楼楼道堆放杂物影响通行（${Date.now()}）`
  const accounts = demoAccounts()
  const grid = accounts.get('yucai_grid')
  expect(grid, 'yucai_grid is among the demo accounts').toBeTruthy()

  // The grid leader, on a phone: 登记诉求 from the list, then type, text and submit.
  const leader = await person(browser, PHONE)
  await login(leader, grid!.username, grid!.password)
  const leaderName = ((await leader.getByTestId('current-user').textContent()) ?? '').trim()
  await open(leader, '/requests')
  await leader.getByTestId('request-register').click()
  await expect(leader).toHaveURL(/\/requests\/new$/)
  await settle(leader)
  // The area is the grid leader's own community already; a photo may be added.
  await expect(leader.getByTestId('request-area')).toContainText('育才社区')
  await expect(leader.getByTestId('request-photo').getByTestId('attachment-choose')).toBeVisible()
  await expectReadable(leader, 'the new request form')

  await leader.getByTestId('request-type').getByText('投诉', { exact: true }).click()
  await leader.getByTestId('request-text').fill(text)
  const created = answerTo(leader, '/api/v1/requests', 'POST')
  await leader.getByTestId('request-submit').click()
  expect((await created).status()).toBe(201)
  await expect(leader).toHaveURL(/\/requests\/\d+$/)
  const path = new URL(leader.url()).pathname
  await settle(leader)
  await expect(leader.getByTestId('request-description')).toHaveText(text)
  await expect(leader.getByTestId('request-state')).toHaveText('已提交')
  await expect(leader.getByTestId('request-facts')).toContainText('育才社区')
  await expect(leader.getByTestId('request-event')).toHaveCount(1)
  await expectReadable(leader, 'the request on a phone')

  // The city's administrator, on a desktop, finds it in the queue and accepts it.
  const admin = await person(browser, DESKTOP)
  await login(admin, process.env.DANGJIAN_E2E_USERNAME!, process.env.DANGJIAN_E2E_PASSWORD ?? '')
  await open(admin, '/requests')
  const row = admin.getByTestId('request-table').locator('tr').filter({ hasText: text })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('已提交')
  await expect(row).toContainText('育才社区')
  await expectReadable(admin, 'the queue')
  await row.getByTestId('request-link').click()
  await expect(admin).toHaveURL(new RegExp(`${path}$`))
  await settle(admin)
  await takeStep(admin, '受理')
  await expect(admin.getByTestId('request-state')).toHaveText('已受理')

  // It dispatches it to the grid leader who registered it, one of the grid staff of its place.
  await takeStep(admin, '派单', async (dialog) => {
    await dialog.getByText('网格长', { exact: true }).click()
    await dialog.getByTestId('request-assignee-user').click()
    await admin.getByRole('option', { name: `${leaderName}（育才社区）`, exact: true }).click()
  })
  await expect(admin.getByTestId('request-state')).toHaveText('办理中')
  await expect(admin.getByTestId('request-assignee')).toHaveText(`网格长 ${leaderName}`)
  await expect(admin.getByTestId('request-event')).toHaveCount(3)
  await expectReadable(admin, 'the dispatched request')

  // The grid leader finds it among its tasks from the menu, with the days left to resolve it.
  await open(leader, '/start')
  await leader.getByTestId('nav-toggle').click()
  await leader.getByTestId('nav-drawer').getByRole('link', { name: '我的任务' }).click()
  await expect(leader).toHaveURL(/\/requests\?mine=true$/)
  await settle(leader)
  await expect(leader.getByRole('heading', { name: '我的任务' })).toBeVisible()
  const card = leader.getByTestId('request-card').filter({ hasText: text })
  await expect(card).toHaveCount(1)
  await expect(card.getByTestId('request-due')).toHaveText(/剩余 \d+ 个工作日|今天到期/)
  await expectReadable(leader, '我的任务')
  await card.click()
  await expect(leader).toHaveURL(new RegExp(`${path}$`))
  await settle(leader)

  // It resolves it with a note, and gets the link to send to the resident.
  const resolution = '已联系物业清理楼道杂物，通道恢复畅通'
  await takeStep(leader, '办结', async (dialog) => {
    await dialog.getByTestId('request-step-note').fill(resolution)
  })
  await expect(leader.getByTestId('request-state')).toHaveText('已办结')
  await expect(leader.getByTestId('request-rating-link')).toContainText('居民评价链接')
  const link = await leader.getByTestId('request-rating-url').inputValue()
  expect(link).toMatch(/\/rate\/[^/]+$/)
  await expectReadable(leader, 'the resolved request')

  // The resident opens the link on a phone of its own, without an account, and gives five stars.
  const resident = await person(browser, PHONE)
  await open(resident, link)
  await expect(resident).toHaveURL(/\/rate\//)
  await expect(resident.getByTestId('rate-summary')).toContainText(text)
  await expect(resident.getByTestId('rate-resolution')).toHaveText(resolution)
  await expectReadable(resident, 'the rating page')
  await resident.getByTestId('rate-score').locator('.el-rate__item').nth(4).click()
  await expect(resident.getByTestId('rate-score')).toContainText('非常满意')
  await resident.getByTestId('rate-comment').fill('处理及时，谢谢')
  const rated = answerTo(resident, /\/api\/v1\/request-ratings\//, 'POST')
  await resident.getByTestId('rate-submit').click()
  expect((await rated).status()).toBe(204)
  await expect(resident.getByTestId('rate-thanks')).toContainText('感谢您的评价')

  // The link is used up.
  await open(resident, link)
  await expect(resident.getByTestId('rate-used')).toContainText('该评价链接已使用或已失效')

  // The administrator sees it rated and closed, with the five stars and the comment.
  await open(admin, path)
  await expect(admin.getByTestId('request-state')).toHaveText('已评价关闭')
  await expect(admin.getByTestId('request-rating')).toContainText('★★★★★')
  await expect(admin.getByTestId('request-rating')).toContainText('非常满意')
  await expect(admin.getByTestId('request-facts')).toContainText('处理及时，谢谢')
  // What is left to do is reopening it, should the resident come back.
  await expect(admin.getByTestId('request-steps').getByRole('button')).toHaveText(['重办'])
  await expectReadable(admin, 'the closed request')

  await resident.context().close()
  await admin.context().close()
  await leader.context().close()
})
