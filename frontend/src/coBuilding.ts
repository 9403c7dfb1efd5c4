import type { TagProps } from 'element-plus'
import { quietApi } from '@/api/client'
import { byCode } from '@/api/codes'
import { MAX_PAGE, findInPages } from '@/api/paging'
import type { CoResource, FeedbackReport, Need, ProjectState, SeatKind, TaskState } from '@/api/types'
import { todayInChina } from '@/format'
import { enumLabel, i18n } from '@/i18n'

type TagType = NonNullable<TagProps['type']>

/** What can happen to a project: progress recorded, completed or stopped, rated once completed. */
export type ProjectStep = 'progress' | 'completed' | 'cancelled' | 'rating'

export const PROJECT_STATE_TAGS: Record<ProjectState, TagType> = {
  planned: 'info',
  in_progress: 'primary',
  completed: 'success',
  cancelled: 'info',
}

export const TASK_STATE_TAGS: Record<TaskState, TagType> = {
  assigned: 'primary',
  done: 'success',
  cancelled: 'info',
}

/** The colour of a project's state tag; neutral for a state this build does not know. */
export function projectStateTag(state: string): TagType {
  return byCode(PROJECT_STATE_TAGS, state) ?? 'info'
}

/** The colour of a task's state tag; neutral for a state this build does not know. */
export function taskStateTag(state: string): TagType {
  return byCode(TASK_STATE_TAGS, state) ?? 'info'
}

/**
 * The seats a joint meeting of a street or community takes: Party organizations and units at both
 * levels, the police, the owners' committee and the property company at community level only.
 */
export function seatKinds(level: string): SeatKind[] {
  const both: SeatKind[] = ['unit', 'organization']
  return level === 'community' ? [...both, 'police', 'owners_committee', 'property_company'] : both
}

/** Seats held by a named body rather than an organization or unit of the platform. */
export function namedSeat(kind: SeatKind): boolean {
  return kind !== 'organization' && kind !== 'unit'
}

/** When a resource can be drawn on: from, until, both, or open-ended. */
export function availabilityText(resource: Pick<CoResource, 'available_from' | 'available_until'>): string {
  const { t } = i18n.global
  const { available_from: from, available_until: until } = resource
  if (from && until) return t('resource.range', { from, until })
  if (from) return t('resource.fromOnly', { from })
  if (until) return t('resource.untilOnly', { until })
  return t('resource.always')
}

/** A resource as one line: its title, kind and (for funds) amount. */
export function resourceText(resource: CoResource): string {
  const { t } = i18n.global
  const text = t('resource.withKind', { title: resource.title, kind: enumLabel('resourceKind', resource.kind) })
  return resource.amount_yuan == null ? text : `${text} · ${amountText(resource.amount_yuan)}`
}

/** An amount of funds in yuan. */
export function amountText(yuan: number): string {
  return i18n.global.t('resource.amountText', { amount: yuan.toLocaleString(i18n.global.locale.value) })
}

/** A project's rating as stars and words, e.g. ★★★★☆ 好. */
export function ratingText(rating: number): string {
  const stars = Math.max(0, Math.min(5, Math.round(rating)))
  return `${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} ${i18n.global.t(`projectRating.score${stars || 1}`)}`
}

/**
 * A need of the caller's areas by its id, or null when none is. The API reads needs only as a
 * list (a community has few), so the pages are read until the need turns up; throws when a page
 * cannot be read.
 */
export function findNeed(id: number): Promise<Need | null> {
  return findInPages(
    async (offset) => (await quietApi.GET('/api/v1/co-building/needs', { params: { query: { limit: MAX_PAGE, offset } } })).data,
    (need) => need.id === id,
  )
}

/** A fact with its label before it, as a card's line shows it. */
export function labelled(label: string, value: string | number): string {
  return i18n.global.t('coBuilding.labelled', { label, value })
}

/** A person with the post they hold. */
export function withPost(name: string, post: string | null | undefined): string {
  return post ? i18n.global.t('coBuilding.withPost', { name, post }) : name
}

/**
 * Where a half-year feedback report stands: composed (the street may compose it again), signed
 * off (the street's word, no longer changing) or delivered to the unit's superior. The API
 * answers the dates, not a state code: the state is read from them.
 */
export type FeedbackState = 'composed' | 'signed_off' | 'delivered'

export const FEEDBACK_STATE_TAGS: Record<FeedbackState, TagType> = {
  composed: 'warning',
  signed_off: 'primary',
  delivered: 'success',
}

export function feedbackState(report: Pick<FeedbackReport, 'signed_off_at' | 'delivered_at'>): FeedbackState {
  if (report.delivered_at) return 'delivered'
  return report.signed_off_at ? 'signed_off' : 'composed'
}

/** The colour of a feedback report's state tag. */
export function feedbackStateTag(state: string): TagType {
  return byCode(FEEDBACK_STATE_TAGS, state) ?? 'info'
}

/** A half year as a report names it: 2026年上半年, first half of 2026. */
export function halfYearText(year: number, half: number): string {
  return i18n.global.t('feedbackReport.halfYearText', { year, half: enumLabel('halfYear', String(half)) })
}

/** The last day of a half year, as `YYYY-MM-DD`. */
function halfYearEnd(year: number, half: number): string {
  return `${String(year).padStart(4, '0')}-${half === 1 ? '06-30' : '12-31'}`
}

/** Whether a half year has ended by `today` (China Standard Time): a report covers an ended one. */
export function halfYearEnded(year: number, half: number, today = todayInChina()): boolean {
  return halfYearEnd(year, half) < today
}

/** The latest half year that has ended by `today`: the one a report is usually made for. */
export function lastEndedHalfYear(today = todayInChina()): { year: number; half: 1 | 2 } {
  const year = Number(today.slice(0, 4))
  return Number(today.slice(5, 7)) <= 6 ? { year: year - 1, half: 2 } : { year, half: 1 }
}
