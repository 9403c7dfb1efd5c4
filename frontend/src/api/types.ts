// Resource types taken from the operations in the generated contract, so they follow
// the server without depending on how it names its schema components.
import type { paths } from './schema'

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never

export type Me = Json<paths['/api/v1/me']['get']['responses'][200]>
export type TokenResponse = Json<paths['/api/v1/auth/token']['post']['responses'][200]>
export type User = Json<paths['/api/v1/users/{id}']['get']['responses'][200]>
export type Organization = Json<paths['/api/v1/organizations/{id}']['get']['responses'][200]>
export type Coverage = Json<paths['/api/v1/organizations/{id}/coverage']['get']['responses'][200]>
export type Area = Json<paths['/api/v1/areas/{id}']['get']['responses'][200]>
export type Unit = Json<paths['/api/v1/units']['get']['responses'][200]>['items'][number]
export type AuditEvent = Json<paths['/api/v1/audit-events']['get']['responses'][200]>['items'][number]

export type Role = Me['roles'][number]
export type AreaKind = Area['kind']

/** A page of a list endpoint: `{items, total, limit, offset}`. */
export interface Page<T> {
  items: T[]
  total: number
}

export type UserKind = User['kind']
export type UserUpdate = NonNullable<paths['/api/v1/users/{id}']['patch']['requestBody']>['content']['application/json']
