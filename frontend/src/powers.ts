import type { TagProps } from 'element-plus'
import { quietApi } from '@/api/client'
import { byCode } from '@/api/codes'
import type { AffairsItem, Area, ItemState, ListType, Opinion, OpinionPurpose, OpinionState, OpinionSubject } from '@/api/types'
import { amountText } from '@/coBuilding'
import { todayInChina } from '@/format'
import { enumLabel, i18n } from '@/i18n'

/**
 * The community's powers (§2, §6 and §15): its assessment opinions (鉴定权) and the community
 * affairs access list (社区事务准入) that guards what departments hand to it.
 */

type TagType = NonNullable<TagProps['type']>

export const OPINION_STATE_TAGS: Record<OpinionState, TagType> = {
  requested: 'warning',
  given: 'success',
}

export const LIST_TYPE_TAGS: Record<ListType, TagType> = {
  statutory: 'primary',
  assisting: 'info',
  negative: 'danger',
}

export const ITEM_STATE_TAGS: Record<ItemState, TagType> = {
  admitted: 'success',
  withdrawn: 'info',
}

/** The colour of an opinion's state tag; neutral for a state this build does not know. */
export function opinionStateTag(state: string): TagType {
  return byCode(OPINION_STATE_TAGS, state) ?? 'info'
}

/** The colour of an item's type tag: the negative list stands out. */
export function listTypeTag(type: string): TagType {
  return byCode(LIST_TYPE_TAGS, type) ?? 'info'
}

export function itemStateTag(state: string): TagType {
  return byCode(ITEM_STATE_TAGS, state) ?? 'info'
}

/**
 * What a community is asked about whom (as the server checks it): a unit for its annual
 * assessment and awards; a resident also for promotion and joining the Party; a cadre, asked
 * from outside, for the evaluation, assessment, awards and promotion.
 */
export const PURPOSES: Record<OpinionSubject, OpinionPurpose[]> = {
  unit: ['annual_assessment', 'award'],
  resident: ['annual_assessment', 'award', 'promotion', 'party_admission'],
  cadre: ['cadre_evaluation', 'annual_assessment', 'award', 'promotion'],
}

/** The opinion's subject as a person or unit reads in a sentence: a unit by its name, a person as 同志. */
export function isPerson(opinion: Pick<Opinion, 'subject_kind'>): boolean {
  return opinion.subject_kind !== 'unit'
}

/** The years an opinion is usually about: this year and a few before. */
export function recentYears(count = 6): number[] {
  const year = Number(todayInChina().slice(0, 4))
  return Array.from({ length: count }, (_, i) => year - i)
}

/** The funding that follows an item, or that followed an assignment, in words. */
export function fundingText(yuan: number | null | undefined): string {
  return yuan == null ? i18n.global.t('assignment.noFunding') : amountText(yuan)
}

/** An item's 费随事转 as a short text: the amount per assignment, or none. */
export function itemFundingText(item: Pick<AffairsItem, 'funding_follows' | 'funding_yuan'>): string {
  return item.funding_follows ? amountText(item.funding_yuan ?? 0) : i18n.global.t('affairs.noFunding')
}

/** Yes or no, as a table cell says it. */
export function yesNo(value: boolean): string {
  return i18n.global.t(value ? 'common.yes' : 'common.no')
}

/** A refusal code of the access list (`affairs-item-missing`, …) in words; a code added later as it is. */
export function refusalText(code: string): string {
  const { t, te } = i18n.global
  const key = `problem.${code}`
  return te(key) ? t(key) : code
}

/** An opinion's verdict in words, or the dash while it is not given. */
export function verdictText(verdict: string | null | undefined): string {
  return verdict ? enumLabel('verdict', verdict) : i18n.global.t('common.empty')
}

/** The community an area lies in (the area itself when it is one), walking up the tree; null above. */
export async function communityOf(areaId: number | null | undefined): Promise<Area | null> {
  let id = areaId ?? null
  for (let depth = 0; id != null && depth < 10; depth++) {
    const { data } = await quietApi.GET('/api/v1/areas/{id}', { params: { path: { id } } })
    if (!data) return null
    if (data.kind === 'community') return data
    id = data.parent_id ?? null
  }
  return null
}
