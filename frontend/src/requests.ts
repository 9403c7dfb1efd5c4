import { ref } from 'vue'
import { quietApi } from '@/api/client'
import { byCode } from '@/api/codes'
import type { Area, RequestState, ResidentRequest } from '@/api/types'
import { todayInChina } from '@/format'
import { enumCodes, enumLabel, i18n } from '@/i18n'

/** The colour of each state's tag: waiting (primary), handled (success), refused or stuck (danger/warning). */
export const STATE_TAGS: Record<RequestState, 'primary' | 'success' | 'info' | 'warning' | 'danger'> = {
  submitted: 'primary',
  accepted: 'primary',
  in_progress: 'primary',
  suspended: 'warning',
  resolved: 'success',
  closed: 'success',
  rejected: 'info',
  escalated: 'warning',
  reopened: 'danger',
}

/** The steps this build knows how to take on a request (`submit` names only how a request's history begins). */
export const REQUEST_STEPS = enumCodes('requestStep').filter((step) => step !== 'submit')

/** The colour of a state's tag; neutral for a state this build does not know. */
export function stateTag(state: string): (typeof STATE_TAGS)[RequestState] {
  return byCode(STATE_TAGS, state) ?? 'info'
}

/**
 * The working-day calendar's exceptions by year (holidays on weekdays, 调休 weekends), read once
 * per year: the SLA clock counts working days, and a plain Monday–Friday count would be off
 * around 春节 and 国庆. `version` changes when a year arrives, so countdowns render again.
 */
const overrides = new Map<number, Map<string, 'holiday' | 'working_day'>>()
const asked = new Set<number>()
export const calendarVersion = ref(0)

function loadYear(year: number) {
  if (asked.has(year)) return
  asked.add(year)
  void quietApi.GET('/api/v1/calendar/{year}', { params: { path: { year } } }).then(({ data }) => {
    if (!data) return
    overrides.set(year, new Map(data.days.map((day) => [day.date, day.kind])))
    calendarVersion.value++
  })
}

function isWorkingDay(date: Date): boolean {
  const iso = date.toISOString().slice(0, 10)
  const year = date.getUTCFullYear()
  loadYear(year)
  const kind = overrides.get(year)?.get(iso)
  if (kind) return kind === 'working_day'
  const weekday = date.getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** Working days from `first` to `last` (`YYYY-MM-DD`), both included; 0 when `last` comes first. */
function workingDays(first: string, last: string): number {
  let count = 0
  const day = new Date(`${first}T00:00:00Z`)
  const end = new Date(`${last}T00:00:00Z`)
  while (day <= end) {
    if (isWorkingDay(day)) count++
    day.setUTCDate(day.getUTCDate() + 1)
  }
  return count
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

/** What the running clock says today: the working days left, or by how many it ran over. */
export function dueText(request: Pick<ResidentRequest, 'due_on' | 'overdue'>): string {
  void calendarVersion.value
  const { t } = i18n.global
  const due = request.due_on
  if (!due) return ''
  const today = todayInChina()
  if (request.overdue || due < today) {
    const days = workingDays(nextDay(due), today)
    return days > 0 ? t('request.overdueDays', { days }) : t('request.overdue')
  }
  if (due === today) return t('request.dueToday')
  return t('request.daysLeft', { days: workingDays(today, due) })
}

/** Who it is dispatched to: the kind and the name (网格长 张三). */
export function assigneeText(request: Pick<ResidentRequest, 'assignee'>): string {
  const assignee = request.assignee
  return assignee ? `${enumLabel('assigneeKind', assignee.kind)} ${assignee.name}` : ''
}

/** Where it is: the grid or community, under its community and street when it is below them. */
export function placeText(request: Pick<ResidentRequest, 'area_name' | 'community_name' | 'street_name'>): string {
  const parts = [request.street_name, request.community_name, request.area_name]
  return parts.filter((part, index) => part && parts.indexOf(part) === index).join(' / ')
}

/** The area the caller's organization leads (a community's, a street's), or null. */
export async function ownArea(scopeOrgId: number | null | undefined): Promise<Area | null> {
  if (scopeOrgId == null) return null
  const org = (await quietApi.GET('/api/v1/organizations/{id}', { params: { path: { id: scopeOrgId } } })).data
  if (org?.led_area_id == null) return null
  return (await quietApi.GET('/api/v1/areas/{id}', { params: { path: { id: org.led_area_id } } })).data ?? null
}
