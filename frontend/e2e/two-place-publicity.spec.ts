import { expect, test, type Page } from '@playwright/test'

// An org_admin whose scope is the city committee of the demo city (安康市).
const username = process.env.DANGJIAN_E2E_USERNAME ?? ''
const password = process.env.DANGJIAN_E2E_PASSWORD ?? ''

test.beforeAll(() => {
  expect(process.env.DANGJIAN_E2E_BASE_URL, 'DANGJIAN_E2E_BASE_URL must point at a running server').toBeTruthy()
  expect(username && password, 'DANGJIAN_E2E_USERNAME and DANGJIAN_E2E_PASSWORD must be set').toBeTruthy()
})

async function login(page: Page) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('current-user')).not.toBeEmpty()
}

async function admit(page: Page) {
  await expect(page.getByTestId('development-transition')).toHaveText('转入预备党员')
  await page.getByTestId('development-transition').click()
  await page.getByTestId('transition-decision').fill('支部党员大会讨论通过，上级党委审批同意，接收为预备党员')
  await page.getByTestId('transition-save').click()
}

// The demo city's mobile candidate 周明远 (membership: 张岭社区第一网格党支部, residence: 育才社区党委)
// has every step recorded; the admission publicity has passed at the membership site, while
// the residence site's period has ended with one objection still open, and 育才社区 has not yet
// given its opinion on him (his branch lies in another community). The test admits him,
// so it runs once per freshly loaded demo database.
test('a mobile candidate is admitted only after the publicity passed in both places', async ({ page }) => {
  await login(page)

  await page.goto('/development')
  await page.getByTestId('development-search').fill('周明远')
  await page.getByTestId('development-search-submit').click()
  await page
    .getByTestId('development-column-candidate')
    .getByTestId('development-card')
    .filter({ hasText: '周明远' })
    .click()
  await expect(page.getByTestId('development-name')).toHaveText('周明远')
  await expect(page.getByTestId('development-stage')).toHaveText('发展对象')

  // Refused: the residence site has not passed.
  await admit(page)
  const refusal = page.getByTestId('transition-refusal')
  await expect(refusal).toContainText('公示尚未全部通过')
  await expect(refusal).toContainText('育才社区党委（居住地）：待处理异议')
  await expect(page.getByTestId('development-stage')).toHaveText('发展对象')

  await refusal.getByTestId('refusal-publicity').click()
  await expect(page).toHaveURL(/\/publicities\/\d+$/)
  const membershipSite = page.locator('[data-testid=publicity-site][data-role=membership]')
  const residenceSite = page.locator('[data-testid=publicity-site][data-role=residence]')
  await expect(membershipSite).toContainText('组织关系所在地')
  await expect(membershipSite).toContainText('张岭社区第一网格党支部')
  await expect(membershipSite.getByTestId('site-status')).toHaveText('已通过')
  await expect(residenceSite).toContainText('居住地')
  await expect(residenceSite).toContainText('育才社区党委')
  await expect(residenceSite.getByTestId('site-status')).toHaveText('待处理异议')
  await expect(page.getByTestId('publicity-banner')).toHaveAttribute('data-passed', 'false')

  // Side by side: the same row, membership on the left.
  const left = await membershipSite.boundingBox()
  const right = await residenceSite.boundingBox()
  expect(left && right && right.x > left.x + left.width - 1 && Math.abs(right.y - left.y) < 2).toBe(true)

  const objection = residenceSite.getByTestId('publicity-objection')
  await expect(objection).toHaveCount(1)
  await objection.getByTestId('objection-resolve').click()
  await page.getByTestId('resolve-status').getByText('不属实').click()
  await page.getByTestId('resolve-note').fill('经社区核实，缺勤系外出务工期间已请假，反映不属实')
  await page.getByTestId('resolve-save').click()

  await expect(residenceSite.getByTestId('site-status')).toHaveText('已通过')
  await expect(membershipSite.getByTestId('site-status')).toHaveText('已通过')
  await expect(objection).toContainText('不属实')
  await expect(page.getByTestId('publicity-banner')).toHaveAttribute('data-passed', 'true')
  await expect(page.getByTestId('publicity-banner')).toContainText('公示已通过')

  // Back on the development page the admission waits for the residence community's opinion
  // (his branch lies in another community); the refusal leads to giving it.
  await page.goBack()
  await expect(page.getByTestId('development-name')).toHaveText('周明远')
  const development = page.url()
  await admit(page)
  await expect(refusal).toContainText('申请人居住地社区党组织尚未出具意见')
  await expect(refusal).not.toContainText('公示尚未全部通过')
  await refusal.getByTestId('residence-opinion-give').click()
  const opinion = page.getByRole('dialog', { name: '出具鉴定意见' })
  await expect(opinion.getByTestId('opinion-member')).toContainText('周明远')
  await expect(opinion.getByTestId('opinion-purpose').getByRole('radio', { name: '发展入党' })).toBeChecked()
  await opinion.getByTestId('opinion-content').fill('该同志在社区积极参加志愿服务，邻里评价好，同意发展')
  await opinion.getByTestId('opinion-give-save').click()
  await expect(opinion).toBeHidden()
  await expect(page.getByTestId('opinion-state')).toHaveText('已出具')

  // Now the admission goes through.
  await page.goto(development)
  await expect(page.getByTestId('development-name')).toHaveText('周明远')
  await admit(page)
  await expect(page.getByTestId('development-stage')).toHaveText('预备党员')
  await expect(page.getByTestId('development-steps')).toContainText('阶段变更')
})
