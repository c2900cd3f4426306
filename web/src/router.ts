import { createRouter, createWebHistory } from 'vue-router'
import type { RouteRecordRaw } from 'vue-router'
import { currentTokens } from '@/api/http'
import { useSession } from '@/stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Any one of these permissions opens the page; none listed: every signed-in user. */
    permissions?: string[]
    public?: boolean
    /** The i18n key of its entry in the navigation, when it has one. */
    nav?: string
    section?: 'main' | 'admin'
  }
}

export const pages: RouteRecordRaw[] = [
  {
    path: '/workspace/:id?',
    name: 'workspace',
    component: () => import('@/views/workspace/WorkspaceView.vue'),
    meta: { permissions: ['conversations:read'], nav: 'nav.workspace', section: 'main' },
  },
  {
    path: '/tickets',
    name: 'tickets',
    component: () => import('@/views/tickets/TicketsView.vue'),
    meta: { permissions: ['tickets:read'], nav: 'nav.tickets', section: 'main' },
  },
  {
    path: '/tickets/:id',
    name: 'ticket',
    component: () => import('@/views/tickets/TicketView.vue'),
    meta: { permissions: ['tickets:read'] },
  },
  {
    path: '/follow-ups',
    name: 'follow-ups',
    component: () => import('@/views/tickets/FollowUpsView.vue'),
    meta: { permissions: ['tickets:read'], nav: 'nav.followUps', section: 'main' },
  },
  {
    path: '/wallboard',
    name: 'wallboard',
    component: () => import('@/views/wallboard/WallboardView.vue'),
    meta: { permissions: ['routing:read', 'agents:manage'], nav: 'nav.wallboard', section: 'main' },
  },
  {
    path: '/knowledge',
    name: 'knowledge',
    component: () => import('@/views/knowledge/KnowledgeView.vue'),
    redirect: { name: 'knowledge-faq' },
    meta: { permissions: ['knowledge:read'], nav: 'nav.knowledge', section: 'main' },
    children: [
      { path: 'faq/:id?', name: 'knowledge-faq', component: () => import('@/views/knowledge/FaqView.vue') },
      { path: 'articles/:id?', name: 'knowledge-articles', component: () => import('@/views/knowledge/ArticlesView.vue') },
      { path: 'files', name: 'knowledge-files', component: () => import('@/views/knowledge/FilesView.vue') },
    ],
  },
  {
    path: '/insights/bot',
    name: 'bot-stats',
    component: () => import('@/views/insights/BotStatsView.vue'),
    meta: { permissions: ['reports:read'], nav: 'nav.botStats', section: 'main' },
  },
  {
    path: '/insights/satisfaction',
    name: 'satisfaction',
    component: () => import('@/views/insights/SatisfactionView.vue'),
    meta: { permissions: ['reports:read'], nav: 'nav.satisfaction', section: 'main' },
  },
  {
    path: '/insights/unanswered',
    name: 'unanswered',
    component: () => import('@/views/insights/UnansweredView.vue'),
    meta: { permissions: ['knowledge:manage'], nav: 'nav.unanswered', section: 'main' },
  },
  {
    path: '/admin/users',
    name: 'users',
    component: () => import('@/views/admin/UsersView.vue'),
    meta: { permissions: ['users:write'], nav: 'nav.users', section: 'admin' },
  },
  {
    path: '/admin/groups',
    name: 'groups',
    component: () => import('@/views/admin/GroupsView.vue'),
    meta: { permissions: ['routing:read'], nav: 'nav.groups', section: 'admin' },
  },
  {
    path: '/admin/rules',
    name: 'rules',
    component: () => import('@/views/admin/RulesView.vue'),
    meta: { permissions: ['routing:read'], nav: 'nav.rules', section: 'admin' },
  },
  {
    path: '/admin/bot',
    name: 'bot',
    component: () => import('@/views/admin/BotSettingsView.vue'),
    meta: { permissions: ['knowledge:read'], nav: 'nav.bot', section: 'admin' },
  },
  {
    path: '/admin/surveys',
    name: 'survey-settings',
    component: () => import('@/views/admin/SurveySettingsView.vue'),
    meta: { permissions: ['surveys:manage'], nav: 'nav.surveySettings', section: 'admin' },
  },
  {
    path: '/admin/appointment-slots',
    name: 'appointment-slots',
    component: () => import('@/views/admin/AppointmentSlotsView.vue'),
    meta: { permissions: ['appointments:manage'], nav: 'nav.appointmentSlots', section: 'admin' },
  },
  {
    path: '/admin/canned-replies',
    name: 'canned',
    component: () => import('@/views/admin/CannedRepliesView.vue'),
    meta: { permissions: ['conversations:reply'], nav: 'nav.canned', section: 'admin' },
  },
  {
    path: '/admin/sites',
    name: 'sites',
    component: () => import('@/views/admin/SitesView.vue'),
    meta: { permissions: ['sites:manage'], nav: 'nav.sites', section: 'admin' },
  },
  {
    path: '/admin/audit',
    name: 'audit',
    component: () => import('@/views/admin/AuditView.vue'),
    meta: { permissions: ['audit:read'], nav: 'nav.audit', section: 'admin' },
  },
  {
    path: '/profile',
    name: 'profile',
    component: () => import('@/views/ProfileView.vue'),
  },
]

export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true } },
    {
      path: '/',
      component: () => import('@/layouts/ConsoleLayout.vue'),
      children: [{ path: '', name: 'home', component: { render: () => null } }, ...pages],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

/** The first page the signed-in user may open, for `/` and for pages they may not see. */
export function homeFor(can: (...permissions: string[]) => boolean): string {
  const page = pages.find((route) => !route.meta?.permissions || can(...route.meta.permissions))
  return page ? (page.path.replace('/:id?', '')) : '/profile'
}

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const session = useSession()
  if (!session.me) {
    if (!currentTokens()) return { name: 'login', query: { next: to.fullPath } }
    if (!(await session.load())) return { name: 'login', query: { next: to.fullPath } }
  }
  const wanted = to.meta.permissions
  if (to.name === 'home' || (wanted && !session.can(...wanted))) return homeFor(session.can)
  return true
})
