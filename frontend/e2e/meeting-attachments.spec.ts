import { readFile } from 'node:fs/promises'
import { deflateSync } from 'node:zlib'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

const BRANCH = '香溪社区第一网格党支部'

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

interface Member {
  id: number
  stage: string
  membership_org_id: number
}
interface Attachment {
  id: number
  name: string
  media_type: string
  size_bytes: number
}
interface Meeting {
  id: number
  topic: string
  attachments: Attachment[]
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A small PNG made here from its bytes: `size`×`size` pixels of one colour (RGB). */
function png(size: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(2, 9) // colour type: RGB
  // Each scanline: filter byte 0, then the pixels.
  const line = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())])
  const pixels = Buffer.concat(Array.from({ length: size }, () => line))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The API with a token of its own, to find the branch and check what the UI did. */
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
  }
}

async function login(page: Page) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('current-user')).not.toBeEmpty()
}

// Everyone is put on leave, so the meeting changes no one's points (see meeting-points.spec.ts).
test('a meeting recorded with a photo lists it, downloads the same bytes, and deletes it', async ({ page, request }) => {
  const api = await apiClient(request)
  const orgs = await api.get<{ items: { id: number; name: string }[] }>(
    `/api/v1/organizations?q=${encodeURIComponent(BRANCH)}&limit=20`,
  )
  const branch = orgs.items.find((org) => org.name === BRANCH)
  expect(branch, BRANCH).toBeTruthy()
  const branchId = branch!.id
  const roster = await api.get<{ items: Member[] }>(`/api/v1/members?org_id=${branchId}&link=membership&limit=200`)
  const members = roster.items.filter(
    (m) => m.membership_org_id === branchId && (m.stage === 'probationary' || m.stage === 'full'),
  )

  const photo = png(8, [200, 16, 46])
  const photoName = `主题党日合影${Date.now()}.png`

  await login(page)
  await page.goto(`/meetings?org_id=${branchId}`)
  await page.getByTestId('meeting-record').click()
  await expect(page).toHaveURL(/\/meetings\/new\?org_id=\d+$/)
  await page.getByTestId('meeting-type').click()
  await page.getByRole('option', { name: '主题党日', exact: true }).click()
  const topic = `会议附件测试（${Date.now()}）`
  await page.getByTestId('meeting-topic').fill(topic)

  // A file of a type not taken is left out here, with why; the photo is chosen.
  const input = page.getByTestId('attachment-input')
  await input.setInputFiles([
    { name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') },
    { name: photoName, mimeType: 'image/png', buffer: photo },
  ])
  await expect(page.getByTestId('attachment-refused')).toContainText('说明.txt')
  const chosen = page.getByTestId('meeting-chosen-files').getByTestId('meeting-attachment')
  await expect(chosen).toHaveCount(1)
  await expect(chosen.getByTestId('attachment-name')).toHaveText(photoName)
  await expect(chosen.getByTestId('attachment-info')).toContainText('照片')

  const rows = page.getByTestId('attendance-row')
  await expect(rows).toHaveCount(members.length)
  for (const row of await rows.all()) {
    await row.getByText('请假', { exact: true }).click()
    await row.getByTestId('attendance-reason').fill('外出务工，已向支部请假')
  }

  const created = page.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/v1/meetings',
  )
  const uploaded = page.waitForResponse(
    (response) => response.request().method() === 'POST' && /\/api\/v1\/meetings\/\d+\/attachments$/.test(new URL(response.url()).pathname),
  )
  await page.getByTestId('meeting-save').click()
  expect((await created).status()).toBe(201)
  const meetingId = ((await (await created).json()) as Meeting).id
  expect((await uploaded).status()).toBe(201)

  // The saved meeting shows the photo it was recorded with.
  const savedFiles = page.locator(`[data-testid=meeting-attachments][data-meeting-id="${meetingId}"]`)
  await expect(savedFiles.getByTestId('meeting-attachment')).toHaveCount(1)
  await expect(savedFiles.getByTestId('attachment-name')).toHaveText(photoName)
  await expect(page.getByTestId('attachment-failures')).toHaveCount(0)

  const stored = await api.get<Meeting>(`/api/v1/meetings/${meetingId}`)
  expect(stored.attachments.map(({ name, media_type, size_bytes }) => ({ name, media_type, size_bytes }))).toEqual([
    { name: photoName, media_type: 'image/png', size_bytes: photo.length },
  ])

  // In the list of meetings: the row's details list the photo with a thumbnail.
  await page.goto(`/meetings?org_id=${branchId}`)
  const row = page.getByTestId('meeting-table').locator('.el-table__row', { hasText: topic })
  await row.locator('.el-table__expand-icon').click()
  const files = page.locator(`[data-testid=meeting-attachments][data-meeting-id="${meetingId}"]`)
  const line = files.getByTestId('meeting-attachment')
  await expect(line).toHaveCount(1)
  await expect(line.getByTestId('attachment-name')).toHaveText(photoName)
  await expect(line.getByTestId('attachment-thumbnail').locator('img')).toBeVisible()

  // Downloaded: the same name and the same bytes.
  const download = page.waitForEvent('download')
  await line.getByTestId('attachment-download').click()
  const file = await download
  expect(file.suggestedFilename()).toBe(photoName)
  expect(Buffer.compare(await readFile(await file.path()), photo)).toBe(0)

  // Deleted after a confirmation.
  await line.getByTestId('attachment-delete').click()
  const confirm = page.locator('.el-message-box')
  await expect(confirm).toContainText(photoName)
  const deleted = page.waitForResponse(
    (response) => response.request().method() === 'DELETE' && new URL(response.url()).pathname === `/api/v1/attachments/${stored.attachments[0].id}`,
  )
  await confirm.getByRole('button', { name: '删除', exact: true }).click()
  expect((await deleted).status()).toBe(204)
  await expect(files.getByTestId('meeting-attachment')).toHaveCount(0)
  expect((await api.get<Meeting>(`/api/v1/meetings/${meetingId}`)).attachments).toEqual([])
})
