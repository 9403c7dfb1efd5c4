import { i18n } from './i18n'

/** A timestamp from the API (RFC 3339, UTC) in the user's time zone and UI language. */
export function formatTime(value: string | number | Date | null | undefined): string {
  if (value == null || value === '') return ''
  return new Date(value).toLocaleString(i18n.global.locale.value, { hour12: false })
}

/** A coverage ratio (0–1) as a percentage with one decimal, for el-progress. */
export function toPercent(ratio: number | null | undefined): number {
  return Math.round((ratio ?? 0) * 1000) / 10
}

/** RFC 3339 in UTC without milliseconds, as the API writes timestamps. */
export function toApiTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Today's date in China Standard Time (UTC+8), where business dates live, as `YYYY-MM-DD`. */
export function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** The day in China Standard Time of a timestamp from the API (RFC 3339), as `YYYY-MM-DD`. */
export function dayInChina(value: string): string {
  return new Date(new Date(value).getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** A `YYYY-MM-DD` date some months later; a day past the month's end becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number)
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10)
}
