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

/** Display name of an API enum code; a code this build does not know yet shows as it is. */
export function enumLabel(group: EnumGroup, code: string | null | undefined): string {
  if (code == null) return ''
  const key = `${group}.${code}`
  return i18n.global.te(key) ? i18n.global.t(key) : code
}

/** Code → display name pairs for selects: every code of the group, or just `only`, in its order. */
export function enumOptions(group: EnumGroup, only?: readonly string[]): { value: string; label: string }[] {
  const codes = only ?? Object.keys(zhCN[group] as Record<string, string>)
  return codes.map((value) => ({ value, label: enumLabel(group, value) }))
}
