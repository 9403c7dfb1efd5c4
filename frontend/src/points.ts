import type { PointsEntry, Ranking } from '@/api/types'
import { i18n } from '@/i18n'

/** A 10-point band of the year's totals and how many members reached it. */
export type PointBand = { band: string; members: number }

/** Every band from the lowest to the highest total, empty bands included, so the bars keep their scale. */
export function pointBands(distribution: Ranking['distribution']): PointBand[] {
  const counts = new Map(distribution.map((bucket) => [bucket.from, bucket.members]))
  const froms = distribution.map((bucket) => bucket.from)
  const out: PointBand[] = []
  if (froms.length === 0) return out
  for (let from = Math.min(...froms); from <= Math.max(...froms); from += 10) {
    out.push({ band: `${from}–${from + 9}`, members: counts.get(from) ?? 0 })
  }
  return out
}

/** How the server opens a reversal's text: the entry it reverses, by its number. */
const REVERSES = /^冲正 #\d+:\s*/

/**
 * What an entry says, on a member's own page: a reversal (an online check-in giving an absence
 * deduction back, a correction) names the entry it reverses by its number, which means nothing to
 * the member; it is named by its day and rule instead, from the entries shown with it.
 */
export function entryText(entry: PointsEntry, entries: readonly PointsEntry[]): string {
  if (entry.reverses_entry_id == null) return entry.evidence
  const text = entry.evidence.replace(REVERSES, '')
  const reversed = entries.find((other) => other.id === entry.reverses_entry_id)
  const { t } = i18n.global
  return reversed ? t('my.reversalOf', { day: reversed.occurred_on, rule: reversed.rule_code, text }) : t('my.reversal', { text })
}
