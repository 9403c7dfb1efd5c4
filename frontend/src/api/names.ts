import { quietApi } from './client'

// Names of linked records, shown in place of their ids. Failed look-ups are not kept,
// so a later page can try again.
const cache = new Map<string, Promise<string | null>>()

function remember(key: string, lookup: () => Promise<string | null>): Promise<string | null> {
  let name = cache.get(key)
  if (!name) {
    name = lookup().catch(() => null)
    void name.then((found) => {
      if (found === null) cache.delete(key)
    })
    cache.set(key, name)
  }
  return name
}

export function organizationName(id: number): Promise<string | null> {
  return remember(`organization:${id}`, async () => {
    const { data } = await quietApi.GET('/api/v1/organizations/{id}', { params: { path: { id } } })
    return data?.name ?? null
  })
}

export function areaName(id: number): Promise<string | null> {
  return remember(`area:${id}`, async () => {
    const { data } = await quietApi.GET('/api/v1/areas/{id}', { params: { path: { id } } })
    return data?.name ?? null
  })
}

export function unitName(id: number): Promise<string | null> {
  return remember(`unit:${id}`, async () => {
    const { data } = await quietApi.GET('/api/v1/units/{id}', { params: { path: { id } } })
    return data?.name ?? null
  })
}

/** Null also when the member is outside the caller's scope (e.g. a letter's receiving side). */
export function memberName(id: number): Promise<string | null> {
  return remember(`member:${id}`, async () => {
    const { data } = await quietApi.GET('/api/v1/members/{id}', { params: { path: { id } } })
    return data?.name ?? null
  })
}

/** An account's display name (read by those who manage accounts: the security administrator). */
export function userName(id: number): Promise<string | null> {
  return remember(`user:${id}`, async () => {
    const { data } = await quietApi.GET('/api/v1/users/{id}', { params: { path: { id } } })
    return data?.display_name ?? null
  })
}

/** The kinds of record that pages show by name and pick by searching it. */
export type RecordKind = 'organization' | 'area' | 'unit' | 'member' | 'user'

const NAMES: Record<RecordKind, (id: number) => Promise<string | null>> = {
  organization: organizationName,
  area: areaName,
  unit: unitName,
  member: memberName,
  user: userName,
}

/** The name of a record of any kind (see the functions above). */
export function recordName(kind: RecordKind, id: number): Promise<string | null> {
  return NAMES[kind](id)
}
