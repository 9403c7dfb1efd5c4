import { createRouter, createWebHistory } from 'vue-router'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { api } from '@/api/client'
import type { Role } from '@/api/types'
import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** The caller needs one of these roles. */
    roles?: readonly Role[]
  }
}

/** Roles that read the Party organization and area trees (of the three admins only system_admin does). */
export const TREE_READERS: readonly Role[] = ['system_admin', 'org_admin', 'org_viewer', 'grid_leader']
export const USER_ADMINS: readonly Role[] = ['system_admin', 'security_admin']
export const AUDITORS: readonly Role[] = ['audit_admin']
/** Roles that read members (personal data masked); only org_admin registers and changes them. */
export const MEMBER_READERS: readonly Role[] = ['org_admin', 'org_viewer', 'grid_leader']
export const MEMBER_WRITERS: readonly Role[] = ['org_admin']
/** Roles that may read full personal data (on the membership side), search by it and export it. */
export const PERSONAL_DATA_READERS: readonly Role[] = ['org_admin']
/** Roles that record report-in, service, commitments, posts and notes, and award points. */
export const EVENT_RECORDERS: readonly Role[] = ['org_admin', 'grid_leader']
export const MEMBERS: readonly Role[] = ['member']
/** The working-day calendar is set for the whole city. */
export const CALENDAR_ADMINS: readonly Role[] = ['system_admin']

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('@/views/LoginView.vue'),
      meta: { public: true },
    },
    {
      path: '/',
      component: () => import('@/layouts/MainLayout.vue'),
      children: [
        { path: '', name: 'home', component: () => import('@/views/HomeView.vue') },
        // Every signed-in account, and the only page while a password change is required.
        { path: 'password', name: 'password', component: () => import('@/views/PasswordView.vue') },
        // Every signed-in account; the only page while an administrator has no second factor yet.
        { path: 'second-factor', name: 'second-factor', component: () => import('@/views/SecondFactorView.vue') },
        {
          path: 'organizations/:id(\\d+)',
          name: 'organization',
          component: () => import('@/views/OrganizationView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { roles: TREE_READERS },
        },
        {
          path: 'areas',
          name: 'areas',
          component: () => import('@/views/AreasView.vue'),
          meta: { roles: TREE_READERS },
        },
        {
          path: 'members',
          name: 'members',
          component: () => import('@/views/MembersView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'members/import',
          name: 'member-import',
          component: () => import('@/views/MemberImportView.vue'),
          meta: { roles: MEMBER_WRITERS },
        },
        {
          path: 'members/:id(\\d+)',
          name: 'member',
          component: () => import('@/views/MemberView.vue'),
          props: (route) => ({ id: Number(route.params.id), tab: 'profile' }),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'members/:id(\\d+)/points',
          name: 'member-points',
          component: () => import('@/views/MemberView.vue'),
          props: (route) => ({ id: Number(route.params.id), tab: 'points' }),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'members/:id(\\d+)/development',
          name: 'member-development',
          component: () => import('@/views/MemberDevelopmentView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'development',
          name: 'development',
          component: () => import('@/views/DevelopmentView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'publicities',
          name: 'publicities',
          component: () => import('@/views/PublicitiesView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'publicities/:id(\\d+)',
          name: 'publicity',
          component: () => import('@/views/PublicityView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'evaluations',
          name: 'evaluations',
          component: () => import('@/views/EvaluationsView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'evaluations/:id(\\d+)',
          name: 'evaluation',
          component: () => import('@/views/EvaluationView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'calendar',
          name: 'calendar',
          component: () => import('@/views/CalendarView.vue'),
          meta: { roles: CALENDAR_ADMINS },
        },
        {
          path: 'transfers',
          name: 'transfers',
          component: () => import('@/views/TransfersView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'points/rankings',
          name: 'points-rankings',
          component: () => import('@/views/PointsRankingsView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'points/rules',
          name: 'points-rules',
          component: () => import('@/views/PointsRulesView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'meetings',
          name: 'meetings',
          component: () => import('@/views/MeetingsView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'meetings/new',
          name: 'meeting-new',
          component: () => import('@/views/MeetingRecordView.vue'),
          meta: { roles: MEMBER_WRITERS },
        },
        {
          path: 'meetings/compliance',
          name: 'meetings-compliance',
          component: () => import('@/views/ComplianceView.vue'),
          meta: { roles: MEMBER_READERS },
        },
        {
          path: 'my',
          name: 'my',
          component: () => import('@/views/MyView.vue'),
          meta: { roles: MEMBERS },
        },
        {
          path: 'users',
          name: 'users',
          component: () => import('@/views/UsersView.vue'),
          meta: { roles: USER_ADMINS },
        },
        {
          path: 'audit-events',
          name: 'audit-events',
          component: () => import('@/views/AuditEventsView.vue'),
          meta: { roles: AUDITORS },
        },
      ],
    },
    { path: '/:unknown(.*)*', redirect: '/' },
  ],
})

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const auth = useAuthStore()
  const toLogin = { name: 'login', query: { redirect: to.fullPath } }
  if (!auth.loggedIn) return toLogin
  if (!auth.me) {
    const { data } = await api.GET('/api/v1/me').catch(() => ({ data: undefined }))
    if (!data) return toLogin
    auth.me = data
  }
  // The server refuses everything else until then; logging out goes to the public login page.
  if (auth.passwordChangeRequired && to.name !== 'password') return { name: 'password' }
  // Then an administrator's second factor; the password change comes first (it ends the session).
  if (auth.secondFactorEnrollmentRequired && !auth.passwordChangeRequired && to.name !== 'second-factor') {
    return { name: 'second-factor' }
  }
  if (to.meta.roles && !auth.hasAnyRole(to.meta.roles)) {
    ElMessage({ type: 'warning', message: i18n.global.t('error.forbiddenPage'), grouping: true })
    return { name: 'home' }
  }
  return true
})
