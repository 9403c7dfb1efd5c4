// A statistics system copying the city's members with cursors, typed end to end by the
// generated `paths`: every path, parameter and answer below is checked against the contract.
import createClient from 'openapi-fetch'
import type { components, paths } from './schema'

type Member = components['schemas']['Member']

export async function copyMembers(baseUrl: string, accessToken: string): Promise<Member[]> {
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${accessToken}` } })
  const members: Member[] = []
  let cursor: string | undefined
  do {
    const { data, error } = await api.GET('/api/v1/members', { params: { query: { limit: 200, cursor } } })
    if (error) throw new Error(`${error.type}: ${error.detail ?? error.title}`)
    members.push(...data.items)
    cursor = data.next_cursor ?? undefined
  } while (cursor)
  return members
}
