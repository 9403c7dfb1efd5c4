import { createRouter, createWebHistory } from 'vue-router'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { api } from '@/api/client'
import { todayInChina } from '@/format'
import type { Action } from '@/api/types'
import { i18n } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
// A number in the address's query (`?site=3`), or null.
import { queryOrgId as queryNumber } from '@/composables/useOrgQuery'
import { startPage } from './startPage'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** The caller needs one of these permissions. */
    permissions?: readonly Action[]
  }
}

/**
 * Who works with the organization and area trees: the system administrator who builds them and
 * the staff who find members by them. `read_structure` alone is not enough: the security
 * administrator and members hold it too, but have no use for the trees.
 */
export const TREE_ACTIONS: readonly Action[] = ['write_structure', 'read_members']

/**
 * Who opens the request pages: the staff who read the requests of their scope, and members, who
 * see the tasks dispatched to them (a reported-in member as assignee).
 */
export const REQUEST_READERS: readonly Action[] = ['read_requests', 'read_own_record']

/** Who opens the co-building pages (共驻共建); `manage_co_building` also changes them. */
export const CO_BUILDING_READERS: readonly Action[] = ['read_co_building']

/** Who opens the assessment opinions (鉴定意见) and the community affairs access list (社区事务准入). */
export const OPINION_READERS: readonly Action[] = ['read_opinions']
export const AFFAIRS_READERS: readonly Action[] = ['read_affairs']

/** Who opens the support ledgers (基础保障); `manage_support` also keeps them. */
export const SUPPORT_READERS: readonly Action[] = ['read_support']

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('@/views/LoginView.vue'),
      meta: { public: true },
    },
    // A resident rates a resolved request through its one-time link: no account, no menu.
    {
      path: '/rate/:token',
      name: 'rate',
      component: () => import('@/views/RateView.vue'),
      props: (route) => ({ token: String(route.params.token) }),
      meta: { public: true },
    },
    // A community's co-building as its residents see it, from a shared address: no account, no menu.
    {
      path: '/public/communities/:id(\\d+)',
      name: 'public-co-building',
      component: () => import('@/views/PublicCoBuildingView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { public: true },
    },
    // Documents to print (A4): pages of their own, without header, menu or tree.
    {
      path: '/print/publicities/:id(\\d+)',
      name: 'print-publicity',
      component: () => import('@/views/print/PublicityNoticePrint.vue'),
      props: (route) => ({ id: Number(route.params.id), site: queryNumber(route.query.site) }),
      meta: { permissions: ['read_members'] },
    },
    {
      path: '/print/transfers/:id(\\d+)',
      name: 'print-transfer',
      component: () => import('@/views/print/TransferLetterPrint.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { permissions: ['read_members'] },
    },
    {
      path: '/print/meetings/:id(\\d+)',
      name: 'print-meeting',
      component: () => import('@/views/print/MeetingRecordPrint.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { permissions: ['read_members'] },
    },
    {
      path: '/print/compliance/:orgId(\\d+)/:period',
      name: 'print-compliance',
      component: () => import('@/views/print/ComplianceReportPrint.vue'),
      props: (route) => ({
        orgId: Number(route.params.orgId),
        period: String(route.params.period),
        onlyMissing: route.query.only_missing === '1',
      }),
      meta: { permissions: ['read_members'] },
    },
    {
      path: '/print/evaluations/:id(\\d+)',
      name: 'print-evaluation',
      component: () => import('@/views/print/EvaluationResultPrint.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { permissions: ['read_members'] },
    },
    {
      path: '/print/feedback-reports/:id(\\d+)',
      name: 'print-feedback-report',
      component: () => import('@/views/print/FeedbackReportPrint.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { permissions: CO_BUILDING_READERS },
    },
    {
      path: '/print/opinions/:id(\\d+)',
      name: 'print-opinion',
      component: () => import('@/views/print/OpinionLetterPrint.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { permissions: OPINION_READERS },
    },
    {
      path: '/print/community-affairs/report',
      name: 'print-affairs-report',
      component: () => import('@/views/print/AffairsReportPrint.vue'),
      props: (route) => ({ year: queryNumber(route.query.year) ?? Number(todayInChina().slice(0, 4)), areaId: queryNumber(route.query.area_id) }),
      meta: { permissions: AFFAIRS_READERS },
    },
    {
      path: '/print/requests/:id(\\d+)',
      name: 'print-request',
      component: () => import('@/views/print/RequestSheetPrint.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { permissions: REQUEST_READERS },
    },
    {
      path: '/print/secretary-reviews/:id(\\d+)',
      name: 'print-secretary-review',
      component: () => import('@/views/print/SecretaryReviewPrint.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { permissions: SUPPORT_READERS },
    },
    {
      path: '/',
      component: () => import('@/layouts/MainLayout.vue'),
      children: [
        { path: '', name: 'home', component: () => import('@/views/HomeView.vue') },
        // Where login leads: the guard sends each account on to its own start page (startPage.ts).
        { path: 'start', name: 'start', component: () => import('@/views/HomeView.vue') },
        // Every signed-in account, and the only page while a password change is required.
        { path: 'password', name: 'password', component: () => import('@/views/PasswordView.vue') },
        // Every signed-in account; the only page while an administrator has no second factor yet.
        { path: 'second-factor', name: 'second-factor', component: () => import('@/views/SecondFactorView.vue') },
        {
          path: 'organizations/:id(\\d+)',
          name: 'organization',
          component: () => import('@/views/OrganizationView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: TREE_ACTIONS },
        },
        {
          path: 'areas',
          name: 'areas',
          component: () => import('@/views/AreasView.vue'),
          meta: { permissions: TREE_ACTIONS },
        },
        {
          path: 'members',
          name: 'members',
          component: () => import('@/views/MembersView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'members/import',
          name: 'member-import',
          component: () => import('@/views/MemberImportView.vue'),
          meta: { permissions: ['write_members'] },
        },
        {
          path: 'members/:id(\\d+)',
          name: 'member',
          component: () => import('@/views/MemberView.vue'),
          props: (route) => ({ id: Number(route.params.id), tab: 'profile' }),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'members/:id(\\d+)/points',
          name: 'member-points',
          component: () => import('@/views/MemberView.vue'),
          props: (route) => ({ id: Number(route.params.id), tab: 'points' }),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'members/:id(\\d+)/development',
          name: 'member-development',
          component: () => import('@/views/MemberDevelopmentView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'development',
          name: 'development',
          component: () => import('@/views/DevelopmentView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'publicities',
          name: 'publicities',
          component: () => import('@/views/PublicitiesView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'publicities/:id(\\d+)',
          name: 'publicity',
          component: () => import('@/views/PublicityView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'evaluations',
          name: 'evaluations',
          component: () => import('@/views/EvaluationsView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'evaluations/:id(\\d+)',
          name: 'evaluation',
          component: () => import('@/views/EvaluationView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'calendar',
          name: 'calendar',
          component: () => import('@/views/CalendarView.vue'),
          meta: { permissions: ['manage_calendar'] },
        },
        {
          path: 'transfers',
          name: 'transfers',
          component: () => import('@/views/TransfersView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'points/rankings',
          name: 'points-rankings',
          component: () => import('@/views/PointsRankingsView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'points/rules',
          name: 'points-rules',
          component: () => import('@/views/PointsRulesView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'meetings',
          name: 'meetings',
          component: () => import('@/views/MeetingsView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'meetings/new',
          name: 'meeting-new',
          component: () => import('@/views/MeetingRecordView.vue'),
          meta: { permissions: ['write_members'] },
        },
        // Online branches (网络党支部): micro Party courses and the members' practice posts.
        {
          path: 'online/courses',
          name: 'courses',
          component: () => import('@/views/CoursesView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'online/courses/:id(\\d+)',
          name: 'course',
          component: () => import('@/views/CourseView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'online/practice-posts',
          name: 'practice-posts',
          component: () => import('@/views/PracticePostsView.vue'),
          meta: { permissions: ['read_members'] },
        },
        {
          path: 'meetings/compliance',
          name: 'meetings-compliance',
          component: () => import('@/views/ComplianceView.vue'),
          meta: { permissions: ['read_members'] },
        },
        // The households of the caller's grids and their visits (我的网格).
        {
          path: 'households',
          name: 'households',
          component: () => import('@/views/HouseholdsView.vue'),
          meta: { permissions: ['read_requests'] },
        },
        // The queue of the caller's platform; a member (read_own_record) sees its own tasks only.
        {
          path: 'requests',
          name: 'requests',
          component: () => import('@/views/RequestsView.vue'),
          meta: { permissions: REQUEST_READERS },
        },
        {
          path: 'requests/new',
          name: 'request-new',
          component: () => import('@/views/RequestNewView.vue'),
          meta: { permissions: ['submit_requests'] },
        },
        {
          path: 'requests/metrics',
          name: 'request-metrics',
          component: () => import('@/views/RequestMetricsView.vue'),
          meta: { permissions: ['read_requests'] },
        },
        {
          path: 'requests/:id(\\d+)',
          name: 'request',
          component: () => import('@/views/RequestView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: REQUEST_READERS },
        },
        {
          path: 'my',
          name: 'my',
          component: () => import('@/views/MyView.vue'),
          meta: { permissions: ['read_own_record'] },
        },
        // A member's online organizational life on the phone: its meetings with the check-in, its courses.
        {
          path: 'my/meetings',
          name: 'my-meetings',
          component: () => import('@/views/MyMeetingsView.vue'),
          meta: { permissions: ['take_part_online'] },
        },
        {
          path: 'my/courses',
          name: 'my-courses',
          component: () => import('@/views/MyCoursesView.vue'),
          meta: { permissions: ['take_part_online'] },
        },
        {
          path: 'my/courses/:id(\\d+)',
          name: 'my-course',
          component: () => import('@/views/MyCourseView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: ['take_part_online'] },
        },
        {
          path: 'users',
          name: 'users',
          component: () => import('@/views/UsersView.vue'),
          meta: { permissions: ['manage_accounts', 'grant_roles'] },
        },
        // 共驻共建: the joint meetings, the three lists and the tasks of the caller's streets and communities.
        {
          path: 'co-building/joint-bodies',
          name: 'joint-bodies',
          component: () => import('@/views/JointBodiesView.vue'),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/joint-bodies/:id(\\d+)',
          name: 'joint-body',
          component: () => import('@/views/JointBodyView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/joint-meetings/:id(\\d+)',
          name: 'joint-meeting',
          component: () => import('@/views/JointMeetingView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/needs',
          name: 'needs',
          component: () => import('@/views/NeedsView.vue'),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/needs/:id(\\d+)',
          name: 'need',
          component: () => import('@/views/NeedView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/resources',
          name: 'co-resources',
          component: () => import('@/views/ResourcesView.vue'),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/projects',
          name: 'projects',
          component: () => import('@/views/ProjectsView.vue'),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/projects/:id(\\d+)',
          name: 'project',
          component: () => import('@/views/ProjectView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/tasks',
          name: 'co-tasks',
          component: () => import('@/views/CoTasksView.vue'),
          meta: { permissions: CO_BUILDING_READERS },
        },
        // 反馈报告: the half-year feedback on vertically managed units to their superiors.
        {
          path: 'co-building/feedback-reports',
          name: 'feedback-reports',
          component: () => import('@/views/FeedbackReportsView.vue'),
          meta: { permissions: CO_BUILDING_READERS },
        },
        {
          path: 'co-building/feedback-reports/:id(\\d+)',
          name: 'feedback-report',
          component: () => import('@/views/FeedbackReportView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: CO_BUILDING_READERS },
        },
        // 社区治理: the community's assessment opinions and the access list guarding what it is handed.
        {
          path: 'opinions',
          name: 'opinions',
          component: () => import('@/views/OpinionsView.vue'),
          meta: { permissions: OPINION_READERS },
        },
        {
          path: 'opinions/:id(\\d+)',
          name: 'opinion',
          component: () => import('@/views/OpinionView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: OPINION_READERS },
        },
        {
          path: 'community-affairs/items',
          name: 'affairs-items',
          component: () => import('@/views/AffairsItemsView.vue'),
          meta: { permissions: AFFAIRS_READERS },
        },
        {
          path: 'community-affairs/assignments',
          name: 'affairs-assignments',
          component: () => import('@/views/AffairsAssignmentsView.vue'),
          meta: { permissions: AFFAIRS_READERS },
        },
        {
          path: 'community-affairs/report',
          name: 'affairs-report',
          component: () => import('@/views/AffairsReportView.vue'),
          meta: { permissions: AFFAIRS_READERS },
        },
        // 基础保障: office space, cadres and graduates, funding and demonstration sites, and the shortfalls.
        {
          path: 'support/spaces',
          name: 'support-spaces',
          component: () => import('@/views/SupportSpacesView.vue'),
          meta: { permissions: SUPPORT_READERS },
        },
        {
          path: 'support/cadres',
          name: 'support-cadres',
          component: () => import('@/views/SupportCadresView.vue'),
          meta: { permissions: SUPPORT_READERS },
        },
        {
          path: 'support/funding',
          name: 'support-funding',
          component: () => import('@/views/SupportFundingView.vue'),
          meta: { permissions: SUPPORT_READERS },
        },
        {
          path: 'support/demonstration-sites',
          name: 'support-sites',
          component: () => import('@/views/SupportSitesView.vue'),
          meta: { permissions: SUPPORT_READERS },
        },
        {
          path: 'support/figures',
          name: 'support-figures',
          component: () => import('@/views/SupportFiguresView.vue'),
          meta: { permissions: SUPPORT_READERS },
        },
        // Leadership (§16): the leading groups and the secretaries' annual review.
        {
          path: 'support/leading-bodies',
          name: 'support-leading-bodies',
          component: () => import('@/views/SupportLeadingBodiesView.vue'),
          meta: { permissions: SUPPORT_READERS },
        },
        {
          path: 'support/secretary-reviews',
          name: 'support-reviews',
          component: () => import('@/views/SupportReviewsView.vue'),
          meta: { permissions: SUPPORT_READERS },
        },
        {
          path: 'support/secretary-reviews/:id(\\d+)',
          name: 'support-review',
          component: () => import('@/views/SupportReviewView.vue'),
          props: (route) => ({ id: Number(route.params.id) }),
          meta: { permissions: SUPPORT_READERS },
        },
        // 事件推送: the subscriptions of the caller's account.
        {
          path: 'webhooks',
          name: 'webhooks',
          component: () => import('@/views/WebhooksView.vue'),
          meta: { permissions: ['subscribe_webhooks'] },
        },
        // 推送地址白名单: the security administrator's (it also reads every account's subscriptions).
        {
          path: 'webhook-hosts',
          name: 'webhook-hosts',
          component: () => import('@/views/WebhookHostsView.vue'),
          meta: { permissions: ['grant_roles'] },
        },
        {
          path: 'audit-events',
          name: 'audit-events',
          component: () => import('@/views/AuditEventsView.vue'),
          meta: { permissions: ['read_audit'] },
        },
        // Any other address: a page that says so, inside the layout (menu and all).
        { path: ':unknown(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
      ],
    },
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
  if (to.name === 'start') return startPage(auth, router)
  // The home page is party-affairs staff's: anyone else goes on to its own start page.
  if (to.name === 'home' && !auth.can('read_members')) {
    const start = startPage(auth, router)
    if (router.resolve(start).name !== 'home') return start
  }
  if (to.meta.permissions && !auth.canAny(to.meta.permissions)) {
    ElMessage({ type: 'warning', message: i18n.global.t('error.forbiddenPage'), grouping: true })
    return startPage(auth, router)
  }
  return true
})
