import { quietApi } from '@/api/client'
import { fetchAll, MAX_PAGE } from '@/api/paging'
import { known } from '@/api/codes'
import type { paths } from '@/api/schema'
import type { Campaign, Compliance, Coverage, Grade, Organization, Ranking } from '@/api/types'

// What the home page's dashboard reads for one organization's subtree. Every look-up is quiet:
// a part that fails shows as unavailable instead of a message over the whole page.

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never
export type Dashboard = Json<paths['/api/v1/dashboard']['get']['responses'][200]>

/** Organizations by id, kept for the life of the page (breadcrumbs and campaign look-ups walk up). */
const organizations = new Map<number, Promise<Organization | null>>()

export function organization(id: number): Promise<Organization | null> {
  let found = organizations.get(id)
  if (!found) {
    found = quietApi
      .GET('/api/v1/organizations/{id}', { params: { path: { id } } })
      .then(({ data }) => data ?? null)
      .catch(() => null)
    organizations.set(id, found)
    // A failed look-up is not kept, so a later page can try again.
    void found.then((org) => {
      if (org === null) organizations.delete(id)
    })
  }
  return found
}

/** The organizations from `top` (the caller's scope) down to `id`; just `id` when `top` is not above it. */
export async function pathTo(id: number, top: number | null): Promise<Organization[]> {
  const path: Organization[] = []
  let current = await organization(id)
  while (current) {
    path.unshift(current)
    if (current.id === top || current.parent_id == null) break
    current = await organization(current.parent_id)
  }
  return path
}

/** Whether `id` is `ancestor` or lies below it. */
async function within(id: number, ancestor: number): Promise<boolean> {
  let current = await organization(id)
  while (current) {
    if (current.id === ancestor) return true
    if (current.parent_id == null) return false
    current = await organization(current.parent_id)
  }
  return false
}

export async function dashboardOf(orgId: number): Promise<Dashboard | null> {
  const { data } = await quietApi.GET('/api/v1/dashboard', { params: { query: { org_id: orgId } } })
  return data ?? null
}

export async function coverageOf(orgId: number): Promise<Coverage | null> {
  const { data } = await quietApi.GET('/api/v1/organizations/{id}/coverage', { params: { path: { id: orgId } } })
  return data ?? null
}

export async function complianceOf(orgId: number, period: string): Promise<Compliance | null> {
  const { data } = await quietApi.GET('/api/v1/organizations/{id}/compliance', {
    params: { path: { id: orgId }, query: { period } },
  })
  return data ?? null
}

export async function rankingOf(orgId: number, year: number): Promise<Ranking | null> {
  const { data } = await quietApi.GET('/api/v1/points/rankings', { params: { query: { org_id: orgId, year, top: 1 } } })
  return data ?? null
}

export async function childrenOf(orgId: number): Promise<Organization[]> {
  const children = await fetchAll(
    async (offset) =>
      (
        await quietApi.GET('/api/v1/organizations/{id}/children', {
          params: { path: { id: orgId }, query: { limit: MAX_PAGE, offset } },
        })
      ).data,
  )
  for (const child of children) organizations.set(child.id, Promise.resolve(child))
  return children
}

/** Maps `items` through `work`, at most `limit` at a time, keeping the order. */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  async function worker() {
    while (next < items.length) {
      const index = next++
      out[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** The year's democratic evaluations inside a subtree, added up. */
export interface EvaluationSummary {
  year: number
  campaigns: Campaign[]
  members: number
  /** Final grades given, by grade. */
  grades: Record<Grade, number>
  /** Gradable members without a final grade yet. */
  ungraded: number
  /** Probationary members: they take part but get no grade. */
  notGradable: number
}

export const GRADES: readonly Grade[] = ['excellent', 'qualified', 'basically_qualified', 'unqualified']

export async function evaluationsOf(orgId: number, year: number): Promise<EvaluationSummary | null> {
  const all = await fetchAll(
    async (offset) =>
      (await quietApi.GET('/api/v1/evaluations', { params: { query: { year, limit: MAX_PAGE, offset } } })).data,
  ).catch(() => null)
  if (!all) return null
  // The list holds every campaign of the caller's scope; the dashboard wants the subtree's.
  const inside = await Promise.all(all.map((campaign) => within(campaign.org_id, orgId)))
  const campaigns = all.filter((_, index) => inside[index])
  const summary: EvaluationSummary = {
    year,
    campaigns,
    members: 0,
    grades: { excellent: 0, qualified: 0, basically_qualified: 0, unqualified: 0 },
    ungraded: 0,
    notGradable: 0,
  }
  // The campaign gives only its graded and excellent counts: the other grades come from its entries.
  const entries = await inBatches(campaigns, 3, (campaign) =>
    fetchAll(
      async (offset) =>
        (
          await quietApi.GET('/api/v1/evaluations/{id}/entries', {
            params: { path: { id: campaign.id }, query: { limit: MAX_PAGE, offset } },
          })
        ).data,
    ).catch(() => []),
  )
  for (const entry of entries.flat()) {
    summary.members += 1
    if (!entry.gradable) summary.notGradable += 1
    else if (!entry.final_grade) summary.ungraded += 1
    else {
      // A grade this build does not know counts among the members only, as on the printed result.
      const grade = known(GRADES, entry.final_grade)
      if (grade) summary.grades[grade] += 1
    }
  }
  return summary
}
