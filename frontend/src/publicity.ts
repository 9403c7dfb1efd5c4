import type { Publicity, PublicitySite, SiteStatus } from '@/api/types'
import { enumLabel, i18n } from '@/i18n'

/**
 * A site's status as the reader sees it: the API says `running` also before the site has a
 * period, which is `unset` (待设定) here; nothing is publicised yet.
 */
export type SiteState = SiteStatus | 'unset'

export function siteState(site: Pick<PublicitySite, 'status' | 'start_on'>): SiteState {
  return site.status === 'running' && !site.start_on ? 'unset' : site.status
}

export function siteStateLabel(state: SiteState): string {
  return state === 'unset' ? i18n.global.t('publicity.periodUnset') : enumLabel('siteStatus', state)
}

/** The order in which a site's state decides a whole publicity's: the worst first. */
const WORST_FIRST: readonly SiteState[] = ['failed', 'blocked', 'unset', 'running', 'passed']

/** A publicity's state: failed or blocked when a site is, passed when all are, else the least advanced. */
export function publicityState(publicity: Pick<Publicity, 'sites'>): SiteState {
  const states = new Set(publicity.sites.map(siteState))
  return WORST_FIRST.find((state) => states.has(state)) ?? 'unset'
}

export const SITE_STATES: readonly SiteState[] = ['unset', 'running', 'blocked', 'passed', 'failed']
