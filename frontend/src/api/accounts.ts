import { isKnown } from './codes'
import type { Me, Role, User } from './types'

/** The three administrators (三员分立): their accounts are kept by the security administrator. */
export const ADMIN_ROLES: readonly Role[] = ['system_admin', 'security_admin', 'audit_admin']

/** What the caller may change on one account, as the server enforces it. */
export interface AccountRights {
  /** Roles and scope organization. */
  grant: boolean
  /** Display name, disabling or enabling, and clearing a login lock. */
  manage: boolean
}

const NO_RIGHTS: AccountRights = { grant: false, manage: false }

/** Only the system administrator creates accounts, and always without roles. */
export function canCreateAccounts(me: Me | null): boolean {
  return me?.roles.includes('system_admin') ?? false
}

export function accountRights(me: Me | null, user: Pick<User, 'id' | 'roles'>): AccountRights {
  // No administrator changes its own account (the server answers `own-account`).
  if (!me || me.id === user.id) return NO_RIGHTS
  const isSecurityAdmin = me.roles.includes('security_admin')
  const keptBy: Role = user.roles.some((role) => isKnown(ADMIN_ROLES, role)) ? 'security_admin' : 'system_admin'
  return { grant: isSecurityAdmin, manage: me.roles.includes(keptBy) }
}

export function isLocked(lockedUntil: string | null | undefined): boolean {
  return !!lockedUntil && new Date(lockedUntil).getTime() > Date.now()
}
