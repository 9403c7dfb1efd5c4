import { quietApi } from './client'
import { fetchAll, MAX_PAGE } from './paging'
import { organizationName } from './names'
import type { Member, Organization, PointsEntry, PointsRule } from './types'

/** Every version of the rules the caller sees: entries name the version they were scored under. */
export async function allRuleVersions(): Promise<Map<number, PointsRule>> {
  const rules = await fetchAll(
    async (offset) =>
      (await quietApi.GET('/api/v1/points/rules', { params: { query: { all_versions: true, limit: MAX_PAGE, offset } } }))
        .data,
  )
  return new Map(rules.map((rule) => [rule.id, rule]))
}

/** Points as shown: a sign on gains too. */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points)
}

/** Ids of the entries that a later entry reverses. */
export function reversedIds(entries: PointsEntry[]): Set<number> {
  return new Set(entries.flatMap((entry) => (entry.reverses_entry_id == null ? [] : [entry.reverses_entry_id])))
}

/**
 * The current rules that apply to a member through the organization the caller acts for:
 * rules of the member's category, defined by that organization or one above it. A rule the
 * caller sees but cannot open is defined above the caller's scope, so it applies too.
 */
export async function applicableRules(member: Member, rules: Iterable<PointsRule>): Promise<PointsRule[]> {
  const awarding = member.managed_as === 'membership' ? member.membership_org_id : member.residence_org_id
  const above = new Set<number>()
  let id: number | null | undefined = awarding
  while (id != null && !above.has(id)) {
    const org: Organization | undefined = (await quietApi.GET('/api/v1/organizations/{id}', { params: { path: { id } } })).data
    if (!org) break
    above.add(id)
    id = org.parent_id
  }
  const current = [...rules].filter(
    (rule) => rule.current && (rule.member_categories.length === 0 || rule.member_categories.includes(member.category)),
  )
  const applies = await Promise.all(
    current.map(async (rule) => above.has(rule.org_id) || (await organizationName(rule.org_id)) === null),
  )
  return current.filter((_, index) => applies[index])
}
