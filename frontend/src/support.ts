import type { Ref } from 'vue'
import type { TagProps } from 'element-plus'
import { quietApi } from '@/api/client'
import { byCode } from '@/api/codes'
import { MAX_PAGE, findInPages } from '@/api/paging'
import { isProblem } from '@/api/problem'
import type { Cadre, FundingLine, RoomKind, SecretaryReview, Space, SupportFigures } from '@/api/types'
import { todayInChina } from '@/format'
import { enumLabel, i18n } from '@/i18n'

/**
 * The support ledgers (基础保障, policy §15–§17): a community's office and service space against
 * the standard with its function rooms, community cadres and young graduates, funding lines and
 * demonstration sites, with the shortfalls each level sees; and leadership (§16): the leading bodies
 * of the city and the counties, and the secretaries' annual review on grassroots Party-building.
 */

/** The function rooms in the policy's order (其他 last): the rooms a space is ticked against. */
export const ROOMS: readonly RoomKind[] = [
  'committee_office',
  'service_window',
  'transfer_platform',
  'activity_room',
  'meeting_room',
  'police_room',
  'clinic',
  'other',
]

/** This year in China Standard Time. */
export function thisYear(): number {
  return Number(todayInChina().slice(0, 4))
}

/** A list of codes by their names, as a sentence lists them (、 in Chinese). */
export function namesOf(group: 'roomKind', codes: readonly string[], empty: string): string {
  if (!codes.length) return empty
  return codes.map((code) => enumLabel(group, code)).join(i18n.global.t('support.separator'))
}

/** A space's rooms, or a dash when none is ticked. */
export function roomsText(space: Pick<Space, 'rooms'>): string {
  return namesOf('roomKind', space.rooms, i18n.global.t('space.noRooms'))
}

/** The rooms a space lacks, or 齐全. */
export function missingText(space: Pick<Space, 'missing_rooms'>): string {
  return namesOf('roomKind', space.missing_rooms, i18n.global.t('space.noneMissing'))
}

/** Square metres in words. */
export function m2Text(m2: number): string {
  return i18n.global.t('support.m2', { m2: m2.toLocaleString(i18n.global.locale.value) })
}

/** How far a space falls short of the standard, when the standard is known and it does. */
export function shortText(space: Pick<Space, 'area_m2' | 'below_standard'>, standard: number | null): string {
  if (!space.below_standard || standard == null || standard <= space.area_m2) return ''
  return i18n.global.t('space.short', { m2: (standard - space.area_m2).toLocaleString(i18n.global.locale.value) })
}

/** A cadre's age this year, from the year of birth (the ledger keeps no day). */
export function ageOf(cadre: Pick<Cadre, 'birth_year'>): number {
  return thisYear() - cadre.birth_year
}

/** A cadre's age in words. */
export function ageText(cadre: Pick<Cadre, 'birth_year'>): string {
  return i18n.global.t('cadre.ageText', { age: ageOf(cadre) })
}

/** The years a funding line or the figures are usually about: next year, this one and a few before. */
export function fundingYears(count = 6): number[] {
  const year = thisYear() + 1
  return Array.from({ length: count + 1 }, (_, i) => year - i)
}

/** A funding line in words, by its community, year and kind (鼓楼社区2026年度社区干部补贴). */
export function fundingLineText(line: Pick<FundingLine, 'area_name' | 'year' | 'kind'>): string {
  return i18n.global.t('funding.line', { area: line.area_name, year: line.year, kind: enumLabel('fundingKind', line.kind) })
}

/**
 * The office-space standard the figures answer (square metres), read once a page: a space's
 * record says whether it is below it, not what it is.
 */
let standard: Promise<number | null> | null = null
export function spaceStandard(): Promise<number | null> {
  standard ??= quietApi
    .GET('/api/v1/support/figures')
    .then(({ data }) => data?.space_standard_m2 ?? null)
    .catch(() => null)
  void standard.then((found) => {
    if (found === null) standard = null
  })
  return standard
}

/** Fills `target` with the standard once it is known. */
export function loadStandard(target: Ref<number | null>) {
  void spaceStandard().then((found) => (target.value = found))
}

/** The areas a shortfall names, and whether the count says there are more than named. */
export function named(figures: SupportFigures, list: 'below_standard_areas' | 'graduates_short_areas'): { more: boolean; total: number } {
  const total = list === 'below_standard_areas' ? figures.below_standard : figures.graduates_short
  return { more: total > figures[list].length, total }
}

/**
 * A refusal of a support record naming its community (`area_id`) as no community: said in the
 * ledger's words, as the server's are only English.
 */
export function notCommunity(error: unknown): boolean {
  return isProblem(error) && !!error.errors?.some((e) => e.field === 'area_id' && e.code === 'rule')
}

type TagType = NonNullable<TagProps['type']>

/** The colours of a review's result: 好 to 差. */
const REVIEW_RESULT_TAGS: Record<string, TagType> = {
  good: 'success',
  fairly_good: 'primary',
  average: 'warning',
  poor: 'danger',
}

/** The colour of a review's result tag; neutral for a result this build does not know. */
export function reviewResultTag(result: string): TagType {
  return byCode(REVIEW_RESULT_TAGS, result) ?? 'info'
}

/** A score or an average in points (the average to one decimal, as the server rounds it). */
export function scoreText(score: number): string {
  const points = score.toLocaleString(i18n.global.locale.value, { maximumFractionDigits: 1 })
  return i18n.global.t('review.points', { points })
}

/**
 * A secretary's review of the caller's organizations by its id, or null when none is. The API
 * reads reviews only as a list (a few committees a year), so the pages are read until it turns
 * up; throws when a page cannot be read.
 */
export function findReview(id: number): Promise<SecretaryReview | null> {
  return findInPages(
    async (offset) =>
      (await quietApi.GET('/api/v1/support/secretary-reviews', { params: { query: { limit: MAX_PAGE, offset } } })).data,
    (review) => review.id === id,
  )
}
