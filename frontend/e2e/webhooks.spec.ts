import { createHmac } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { DESKTOP, PHONE, answerTo, expectReadable, menuPages, open, settle, signedIn } from './helpers'

/**
 * Webhooks, in Chinese: the security administrator allows this machine (127.0.0.1, an intranet
 * host) on a desktop; the city's organization administrator subscribes a receiver on it to
 * 党员信息变更 on a phone, sees the signing secret once, finds the subscription in the list,
 * watches a change arrive signed with that secret and sends it again, and pauses it; the security
 * administrator reads it among every account's; the organization administrator deletes it. Runs
 * again against the same database (an allowed host of an earlier run is removed first).
 */

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
})

interface Received {
  id: string
  timestamp: string
  signature: string
  body: string
}

/** A receiving system on this machine: keeps each delivery and answers 204. */
async function receiver(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      const header = (name: string) => String(request.headers[name] ?? '')
      received.push({ id: header('webhook-id'), timestamp: header('webhook-timestamp'), signature: header('webhook-signature'), body })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  return { server, port: (server.address() as AddressInfo).port, received }
}

/** Standard Webhooks: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the secret's key. */
function signature(secret: string, delivery: Received): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  return `v1,${createHmac('sha256', key).update(`${delivery.id}.${delivery.timestamp}.${delivery.body}`).digest('base64')}`
}

/** Confirms the page's confirmation box by its button. */
async function confirm(page: Page, button: string, mentions: string) {
  const box = page.locator('.el-message-box')
  await expect(box).toContainText(mentions)
  await box.getByRole('button', { name: button, exact: true }).click()
}

/**
 * A change the subscription hears of: a member of the caller's saved again as it is (an empty
 * change), through the API with the page's own session. The first member the caller may change.
 */
async function touchMember(page: Page) {
  const token = await page.evaluate(() => (JSON.parse(localStorage.getItem('dangjian.auth') ?? '{}') as { accessToken?: string }).accessToken)
  const headers = { Authorization: `Bearer ${token}` }
  const list = await page.request.get('/api/v1/members?limit=5', { headers })
  expect(list.ok()).toBe(true)
  for (const { id } of (await list.json()).items as { id: number }[]) {
    const read = await page.request.get(`/api/v1/members/${id}`, { headers })
    const etag = read.headers()['etag']
    const saved = await page.request.patch(`/api/v1/members/${id}`, { headers: { ...headers, 'If-Match': etag }, data: {} })
    if (saved.ok()) return
  }
  throw new Error('no member of the city administrator could be saved')
}

test('the security administrator allows a host; an organization administrator subscribes, sees the secret once, gets a signed delivery and pauses', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const { server, port, received } = await receiver()
  try {
    // The security administrator, on a desktop: 推送地址白名单 in the menu.
    const security = await signedIn(browser, 'secadmin', DESKTOP)
    expect(await menuPages(security)).toContain('/webhook-hosts')
    await security.setViewportSize(DESKTOP)
    await open(security, '/webhook-hosts')
    await expect(security.getByRole('heading', { name: '推送地址白名单' })).toBeVisible()
    const hosts = security.getByTestId('webhook-host-table')
    const hostRow = (pattern: string) => hosts.locator('tr').filter({ has: security.getByText(pattern, { exact: true }) })

    // A host of an earlier run goes first, with a confirmation.
    if ((await hostRow('127.0.0.1').count()) > 0) {
      await hostRow('127.0.0.1').getByTestId('webhook-host-remove').click()
      const removed = answerTo(security, /^\/api\/v1\/webhook-hosts\/\d+$/, 'DELETE')
      await confirm(security, '移除', '127.0.0.1')
      expect((await removed).status()).toBe(204)
      await expect(hostRow('127.0.0.1')).toHaveCount(0)
    }

    // 添加主机: the pattern, and the intranet checkbox with what it allows.
    await security.getByTestId('webhook-host-add').click()
    const addHost = security.getByRole('dialog', { name: '添加主机' })
    await expect(addHost).toBeVisible()
    await expect(addHost).toContainText('允许解析到内网、回环或链路本地地址')
    await addHost.getByTestId('webhook-host-pattern').fill('127.0.0.1')
    await addHost.getByTestId('webhook-host-private').click()
    const added = answerTo(security, '/api/v1/webhook-hosts', 'POST')
    await addHost.getByTestId('webhook-host-save').click()
    expect((await added).status()).toBe(201)
    await expect(addHost).toBeHidden()
    await settle(security)
    await expect(hostRow('127.0.0.1')).toContainText('可用内网')
    await expectReadable(security, 'the webhook hosts')

    // The city's organization administrator, on a phone: 事件推送 in the menu.
    const admin = await signedIn(browser, 'city_admin', PHONE)
    const adminName = ((await admin.getByTestId('current-user').textContent()) ?? '').trim()
    expect(await menuPages(admin)).toContain('/webhooks')
    await open(admin, '/webhooks')
    await expect(admin.getByRole('heading', { name: '事件推送' })).toBeVisible()
    await expectReadable(admin, 'the webhooks')

    // 新建订阅: the receiver's address and 党员信息变更.
    const url = `http://127.0.0.1:${port}/hook`
    await admin.getByTestId('webhook-create').click()
    const create = admin.getByRole('dialog', { name: '新建订阅' })
    await expect(create).toBeVisible()
    await create.getByTestId('webhook-url-input').fill(url)
    await create.getByTestId('webhook-events-input').click()
    await admin.getByRole('option', { name: '党员信息变更', exact: true }).click()
    // The options stay open for more; a click on the form's label closes them.
    await create.getByText('接收地址', { exact: true }).click()
    const created = answerTo(admin, '/api/v1/webhooks', 'POST')
    await create.getByTestId('webhook-save').click()
    expect((await created).status()).toBe(201)

    // The secret, once, with the warning that it is not shown again.
    const secretShown = create.getByTestId('webhook-secret')
    await expect(secretShown).toHaveText(/^whsec_[A-Za-z0-9+/=]{40,}$/)
    const secret = ((await secretShown.textContent()) ?? '').trim()
    await expect(create.getByTestId('webhook-secret-warning')).toContainText('只显示这一次')
    await expect(create.getByTestId('webhook-secret-copy')).toBeVisible()
    await create.getByRole('button', { name: '关闭', exact: true }).last().click()
    await expect(create).toBeHidden()
    await settle(admin)
    await expect(admin.getByText(secret)).toHaveCount(0)

    // In the list: the address, the change by its name, active.
    const card = admin.getByTestId('webhook-row').filter({ hasText: url })
    await expect(card).toHaveCount(1)
    await expect(card.getByTestId('webhook-events')).toHaveText('党员信息变更')
    await expect(card.getByTestId('webhook-status')).toHaveText('推送中')
    await expectReadable(admin, 'the webhooks with a subscription')

    // A member changes: the receiver gets it, signed with the secret shown.
    await touchMember(admin)
    await expect.poll(() => received.length, { message: 'the receiver gets the delivery', timeout: 20_000 }).toBeGreaterThan(0)
    const first = received[0]
    expect(first.signature.split(' ')).toContain(signature(secret, first))
    expect(JSON.parse(first.body)).toMatchObject({ type: 'member.updated', data: { object: 'member' } })

    // The delivery log: delivered at the first attempt; sent again on request.
    await card.getByTestId('webhook-deliveries').click()
    const log = admin.getByTestId('webhook-deliveries-dialog')
    await expect(log).toBeVisible()
    const delivery = log.getByTestId('delivery-row').first()
    await expect(async () => {
      await log.getByTestId('delivery-refresh').click()
      await expect(delivery.getByTestId('delivery-status')).toHaveText('已投递', { timeout: 1_000 })
    }).toPass({ timeout: 20_000 })
    await expect(delivery).toContainText('党员信息变更')
    await expect(delivery.getByTestId('delivery-attempts')).toHaveText('1')
    await expect(delivery).toContainText('204')
    await expectReadable(admin, 'the delivery log')
    const resent = answerTo(admin, /\/deliveries\/\d+\/redeliver$/, 'POST')
    await delivery.getByTestId('delivery-redeliver').click()
    expect((await resent).status()).toBe(202)
    await expect(admin.getByText('已重新加入投递队列')).toBeVisible()
    // The receiver dedupes by webhook-id, which the redelivery keeps.
    await expect.poll(() => received.length, { message: 'the delivery arrives again', timeout: 20_000 }).toBeGreaterThan(1)
    expect(received[1].id).toBe(first.id)
    await log.getByRole('button', { name: '关闭', exact: true }).last().click()
    await expect(log).toBeHidden()

    // Paused: the status says so, and the button offers to resume.
    const paused = answerTo(admin, /^\/api\/v1\/webhooks\/\d+$/, 'PATCH')
    await card.getByTestId('webhook-toggle').click()
    expect((await paused).status()).toBe(200)
    await settle(admin)
    await expect(card.getByTestId('webhook-status')).toHaveText('已暂停')
    await expect(card.getByTestId('webhook-toggle')).toHaveText('恢复')

    // The security administrator reads it among every account's, by the account's name, unchangeable.
    await open(security, '/webhook-hosts')
    const everyone = security.getByTestId('webhook-table').locator('tr').filter({ hasText: url })
    await expect(everyone).toHaveCount(1)
    await expect(everyone).toContainText(adminName)
    await expect(everyone).toContainText('已暂停')
    await expect(everyone.getByTestId('webhook-toggle')).toHaveCount(0)
    await expectReadable(security, 'the webhook hosts with a subscription')

    // Deleted after a confirmation.
    await card.getByTestId('webhook-delete').click()
    const deleted = answerTo(admin, /^\/api\/v1\/webhooks\/\d+$/, 'DELETE')
    await confirm(admin, '删除', url)
    expect((await deleted).status()).toBe(204)
    await expect(card).toHaveCount(0)
  } finally {
    server.close()
  }
})
