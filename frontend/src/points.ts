import type { Ranking } from '@/api/types'

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
