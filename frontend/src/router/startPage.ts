import type { RouteLocationRaw, Router } from 'vue-router'
import type { Role } from '@/api/types'
import type { useAuthStore } from '@/stores/auth'

type Auth = ReturnType<typeof useAuthStore>

/**
 * The page an account lands on after login, by what it does: a member on 我的, a grid leader on
 * its own organization (its grid; the organization page stands in for a grid page for now),
 * party-affairs staff on the home page with its alerts, and the three administrators on their
 * own work: the security administrator on the accounts, the audit administrator on the audit
 * log, the system administrator on the working calendar. The first of these the caller may open
 * (the route's `permissions`, as the guard checks them); the home page otherwise.
 */
export function startPage(auth: Auth, router: Router): RouteLocationRaw {
  const scope = auth.me?.scope_org_id
  const byRole: [Role, RouteLocationRaw | null][] = [
    ['org_admin', { name: 'home' }],
    ['org_viewer', { name: 'home' }],
    ['grid_leader', scope == null ? { name: 'areas' } : { name: 'organization', params: { id: scope } }],
    ['member', { name: 'my' }],
    ['security_admin', { name: 'users' }],
    ['audit_admin', { name: 'audit-events' }],
    ['system_admin', { name: 'calendar' }],
  ]
  for (const [role, page] of byRole) {
    if (!page || !auth.hasAnyRole([role])) continue
    const { permissions } = router.resolve(page).meta
    if (!permissions || auth.canAny(permissions)) return page
  }
  return { name: 'home' }
}
