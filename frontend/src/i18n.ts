import { createI18n } from 'vue-i18n'
import zhCN from './locales/zh-CN'
import en from './locales/en'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'dangjian.locale'

export const i18n = createI18n({
  legacy: false,
  locale: localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})
document.documentElement.lang = i18n.global.locale.value

export function setLocale(locale: Locale) {
  i18n.global.locale.value = locale
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}

/** Groups of API enum codes whose display names live in the locale files. */
export type EnumGroup =
  | 'role'
  | 'orgKind'
  | 'field'
  | 'settingType'
  | 'areaKind'
  | 'communityType'
  | 'unitCoverage'
  | 'userKind'
  | 'changeStatus'
  | 'category'
  | 'stage'
  | 'gender'
  | 'education'
  | 'eventKind'
  | 'transferStatus'
  | 'managedAs'
  | 'memberLink'
  | 'requestType'
  | 'channel'
  | 'requestState'
  | 'level'
  | 'requestStep'
  | 'assigneeKind'
  | 'clockKind'
  | 'stepKind'
  | 'purpose'
  | 'siteRole'
  | 'siteStatus'
  | 'objectionStatus'
  | 'grade'
  | 'alertKind'
  | 'dayKind'
  | 'ruleCategory'
  | 'entryStatus'
  | 'entrySource'
  | 'meetingType'
  | 'attendance'
  | 'exclusionReason'
  | 'standing'
  | 'eventType'
  | 'deliveryStatus'
  | 'changeObject'
  | 'seatKind'
  | 'needSource'
  | 'resourceKind'
  | 'projectState'
  | 'taskAssignee'
  | 'taskState'
  | 'feedbackState'
  | 'halfYear'
  | 'opinionSubject'
  | 'opinionPurpose'
  | 'opinionState'
  | 'verdict'
  | 'itemList'
  | 'listType'
  | 'itemState'
  | 'roomKind'
  | 'fundingKind'
  | 'siteType'
  | 'reviewResult'
  | 'postKind'

/** Display name of an API enum code; a code this build does not know yet shows as it is. */
export function enumLabel(group: EnumGroup, code: string | null | undefined): string {
  if (code == null) return ''
  // Bracket notation: a code may hold dots (`member.created`), which a dotted path would split.
  const key = `${group}['${code}']`
  return i18n.global.te(key) ? i18n.global.t(key) : code
}

/** A code of a group that this build knows: one with a display name. */
export type EnumCode<G extends EnumGroup> = Extract<keyof (typeof zhCN)[G], string>

/** Every code of the group that this build knows, in the locale file's order. */
export function enumCodes<G extends EnumGroup>(group: G): EnumCode<G>[] {
  return Object.keys(zhCN[group]) as EnumCode<G>[]
}

/** Code → display name pairs for selects: every code of the group, or just `only`, in its order. */
export function enumOptions(group: EnumGroup, only?: readonly string[]): { value: string; label: string }[] {
  const codes = only ?? enumCodes(group)
  return codes.map((value) => ({ value, label: enumLabel(group, value) }))
}
