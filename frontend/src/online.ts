import type { TagProps } from 'element-plus'
import type { Course, PracticePost } from '@/api/types'
import { todayInChina } from '@/format'
import { i18n } from '@/i18n'

/**
 * Online branches (网络党支部, policy §10): the member's meetings held online with the check-in,
 * micro Party courses (网上微党课) with the time a member spends on them, and the members'
 * practice posts (党员示范岗, 党员先锋团队, 党员责任区).
 */

type TagType = NonNullable<TagProps['type']>

/** Where a course stands today: open to be completed, not yet open, or closed. */
export type CourseStanding = 'open' | 'notYet' | 'closed'

export function courseStanding(course: Pick<Course, 'open' | 'opens_on'>): CourseStanding {
  if (course.open) return 'open'
  return course.opens_on > todayInChina() ? 'notYet' : 'closed'
}

const STANDING_TAGS: Record<CourseStanding, TagType> = { open: 'success', notYet: 'info', closed: 'info' }

/** The colour of a course's standing tag. */
export function standingTag(standing: CourseStanding): TagType {
  return STANDING_TAGS[standing]
}

/** Minutes in words. */
export function minutesText(minutes: number): string {
  return i18n.global.t('course.minutesText', { minutes })
}

/** The days a course can be completed: from its opening day, to its closing day or open-ended. */
export function courseDays(course: Pick<Course, 'opens_on' | 'closes_on'>): string {
  const { t } = i18n.global
  return course.closes_on
    ? t('course.daysRange', { opens: course.opens_on, closes: course.closes_on })
    : t('course.daysFrom', { opens: course.opens_on })
}

/** The API counts the time spent on a course in whole minutes. */
export function wholeMinutes(ms: number): number {
  return Math.floor(ms / 60_000)
}

/** Time spent as a clock: m:ss, or h:mm:ss from an hour. */
export function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
  const pad = (n: number) => String(n).padStart(2, '0')
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

/** A practice post's members by name, as a sentence lists them. */
export function memberNames(post: Pick<PracticePost, 'members'>): string {
  return post.members.map((member) => member.name).join(i18n.global.t('common.itemSeparator'))
}
