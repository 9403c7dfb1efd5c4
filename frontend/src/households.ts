import type { Household, VisitCoverage } from '@/api/types'
import { i18n } from '@/i18n'

/**
 * Households of the grids (网格住户) and their visits (入户走访): whether a household has been
 * visited in the current visit period, which the server's coverage answer names (a quarter by
 * default, configurable), so the page counts as the coverage does.
 */

/** The visit period the coverage is counted over: its first and last day (`YYYY-MM-DD`). */
export type VisitPeriod = Pick<VisitCoverage, 'period_start' | 'period_end'>

/** Whether the household's last visit falls in the period. */
export function visitedIn(household: Pick<Household, 'last_visited_on'>, period: VisitPeriod | null): boolean {
  const day = household.last_visited_on
  return !!day && !!period && day >= period.period_start && day <= period.period_end
}

/** The last visit in words: its day, or that there has been none. */
export function lastVisitText(household: Pick<Household, 'last_visited_on'>): string {
  const { t } = i18n.global
  return household.last_visited_on ? t('household.lastVisit', { date: household.last_visited_on }) : t('household.neverVisited')
}

/** The new-request page's query for a request about a household (its grid and itself). */
export function requestQuery(household: Pick<Household, 'id' | 'area_id'>, text?: string | null) {
  return {
    area_id: String(household.area_id),
    household_id: String(household.id),
    ...(text ? { text } : {}),
  }
}
