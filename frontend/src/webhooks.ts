import type { TagProps } from 'element-plus'
import { quietApi } from '@/api/client'
import { showProblem } from '@/api/problem'
import type { Action, EventType } from '@/api/types'

/**
 * What an account must be allowed to read to hear of each change, as the server checks a
 * subscription (domain::webhooks::reading): the form offers only what it would take. A Record,
 * so an event type added to the contract fails the type check here until it is placed.
 */
export const EVENT_READS: Record<EventType, Action> = {
  'member.created': 'read_members',
  'member.updated': 'read_members',
  'member.transferred': 'read_members',
  'member.stage_changed': 'read_members',
  'publicity.started': 'read_members',
  'publicity.objection': 'read_members',
  'points_entry.recorded': 'read_members',
  'points_entry.approved': 'read_members',
  'points_entry.reversed': 'read_members',
  'request.created': 'read_requests',
  'request.state_changed': 'read_requests',
  'organization.created': 'read_structure',
  'organization.updated': 'read_structure',
  'organization.deleted': 'read_structure',
  'unit.created': 'read_structure',
  'unit.updated': 'read_structure',
  'unit.deleted': 'read_structure',
  'opinion.requested': 'read_opinions',
  'opinion.given': 'read_opinions',
  'feedback_report.delivered': 'read_co_building',
}

/** Every event type, in the contract's order. */
export const EVENT_TYPES = Object.keys(EVENT_READS) as EventType[]

/** What an event type tells of (`points_entry.recorded` → `points_entry`), a changeObject code. */
export function objectOf(eventType: string): string {
  return eventType.slice(0, eventType.lastIndexOf('.'))
}

/** The event types the caller may subscribe to, grouped by what they tell of (for the select). */
export function eventGroups(can: (action: Action) => boolean): { object: string; types: EventType[] }[] {
  const groups: { object: string; types: EventType[] }[] = []
  for (const type of EVENT_TYPES.filter((code) => can(EVENT_READS[code]))) {
    const object = objectOf(type)
    const group = groups.find((known) => known.object === object)
    if (group) group.types.push(type)
    else groups.push({ object, types: [type] })
  }
  return groups
}

export const DELIVERY_TAGS: Partial<Record<string, TagProps['type']>> = {
  pending: 'warning',
  delivered: 'success',
  failed: 'danger',
}

/**
 * The subscription's current ETag, for the If-Match of a change (the list carries no versions);
 * null after showing why it could not be read.
 */
export async function webhookEtag(id: number): Promise<string | null> {
  const read = await quietApi.GET('/api/v1/webhooks/{id}', { params: { path: { id } } })
  if (!read.data) {
    showProblem(read.error)
    return null
  }
  return read.response.headers.get('ETag') ?? ''
}
