import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

const HEADERS = [
  '姓名',
  '性别',
  '民族',
  '出生日期',
  '身份证号',
  '手机号',
  '住址',
  '学历',
  '阶段',
  '类别',
  '组织关系所在党组织',
  '居住地党组织',
  '居住区域',
  '工作单位',
  '入党日期',
  '转正日期',
]

/** GB 11643: the check character of the first 17 digits. */
function checkChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * weights[index], 0)
  return '10X98765432'[sum % 11]
}

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1))
}

interface Person {
  name: string
  gender: '男' | '女'
  birthDate: string
  idNumber: string
}

/** A person with a valid ID number of region 610902; random birth date and sequence keep reruns apart. */
function person(name: string, gender: Person['gender']): Person {
  const birthDate = `${randomInt(1960, 1999)}-${String(randomInt(1, 12)).padStart(2, '0')}-${String(randomInt(1, 28)).padStart(2, '0')}`
  // The 17th digit is odd for men and even for women.
  const last = gender === '男' ? 2 * randomInt(0, 4) + 1 : 2 * randomInt(0, 4)
  const first17 = `610902${birthDate.replaceAll('-', '')}${String(randomInt(0, 99)).padStart(2, '0')}${last}`
  return { name, gender, birthDate, idNumber: first17 + checkChar(first17) }
}

/** The same ID number with a check character that is wrong. */
function withWrongCheck(idNumber: string): string {
  const right = idNumber.slice(-1)
  return idNumber.slice(0, 17) + '10X98765432'.replace(right, '')[randomInt(0, 9)]
}

async function roster(people: Person[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('党员名册')
  sheet.addRow(HEADERS)
  for (const p of people) {
    // Every cell is text, as the template asks, so ID numbers keep all their digits.
    sheet.addRow([
      p.name,
      p.gender,
      '汉族',
      p.birthDate,
      p.idNumber,
      '',
      '',
      '本科',
      '正式党员',
      '在籍党员',
      '育才社区第一网格党支部',
      '育才社区党委',
      '育才社区第一网格',
      '',
      '',
      '',
    ])
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function login(page: Page) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('current-user')).not.toBeEmpty()
}

async function chooseFile(page: Page, buffer: Buffer) {
  await page
    .getByTestId('import-file')
    .locator('input[type=file]')
    .setInputFiles({
      name: 'roster.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    })
}

/** Searches the member list and waits for the answer. */
async function searchMembers(page: Page, q: string) {
  await page.goto('/members')
  await page.getByTestId('member-search').fill(q)
  const answer = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/v1/members' && new URL(response.url()).searchParams.get('q') === q,
  )
  await page.getByTestId('member-search-submit').click()
  expect((await answer).ok()).toBe(true)
}

test('a roster with a wrong check digit is refused whole, and imports once fixed', async ({ page }) => {
  const tag = String(randomInt(100000, 999999))
  const people = [person(`导入${tag}甲`, '男'), person(`导入${tag}乙`, '女'), person(`导入${tag}丙`, '男')]
  const broken = people.map((p, index) => (index === 1 ? { ...p, idNumber: withWrongCheck(p.idNumber) } : p))

  await login(page)
  await page.goto('/members/import')

  const template = page.waitForEvent('download')
  await page.getByTestId('import-template').click()
  expect((await template).suggestedFilename()).toBe('member-import-template.xlsx')

  // Row 3 of the sheet (the header is row 1) carries the wrong check digit.
  await chooseFile(page, await roster(broken))
  await page.getByTestId('import-check').click()
  const errorRows = page.getByTestId('import-errors').locator('tbody tr')
  await expect(errorRows).toHaveCount(1)
  await expect(errorRows.first().locator('td').nth(0)).toHaveText('3')
  await expect(errorRows.first().locator('td').nth(1)).toHaveText('身份证号')
  await expect(errorRows.first().locator('td').nth(2)).toHaveText('校验码错误')
  await expect(page.getByTestId('import-run')).toBeDisabled()

  await searchMembers(page, tag)
  await expect(page.getByTestId('member-table')).toBeVisible()
  await expect(page.getByTestId('member-name')).toHaveCount(0)

  await page.goto('/members/import')
  await chooseFile(page, await roster(people))
  await page.getByTestId('import-check').click()
  await expect(page.getByTestId('import-check-ok')).toContainText('3')
  await page.getByTestId('import-run').click()
  await expect(page.getByTestId('import-done')).toContainText('成功导入 3 名党员')

  await searchMembers(page, tag)
  const names = page.getByTestId('member-name')
  await expect(names).toHaveCount(3)
  for (const p of people) await expect(names.filter({ hasText: p.name })).toHaveCount(1)
})
