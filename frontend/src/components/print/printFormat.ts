import { i18n } from '@/i18n'

/** A `YYYY-MM-DD` date written out as documents do (`2026年11月3日`, `3 November 2026`). */
export function longDate(date: string | null | undefined): string {
  if (!date) return ''
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(i18n.global.locale.value, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  })
}

/** Names joined the way the UI language lists them (`张三、李四`, `Zhang San, Li Si`). */
export function nameList(names: string[]): string {
  return names.join(i18n.global.t('print.separator'))
}
