import type { RouteRecordRaw } from 'vue-router'

// Keep the top-level paths in step with admin-console's SpaForwardController (browser reloads on a route).
export interface MenuMeta {
  title: string
  icon?: string
  adminOnly?: boolean
  public?: boolean
}

declare module 'vue-router' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RouteMeta extends Partial<MenuMeta> {}
}

export const appRoutes: RouteRecordRaw[] = [
  { path: 'dashboard', name: 'dashboard', component: () => import('../views/DashboardView.vue'), meta: { title: '首页', icon: 'House' } },
  { path: 'orders', name: 'orders', component: () => import('../views/OrdersView.vue'), meta: { title: '订单审核', icon: 'Tickets' } },
  { path: 'holding-shelf', name: 'holding-shelf', component: () => import('../views/HoldingShelfView.vue'), meta: { title: '暂存架', icon: 'Box' } },
  { path: 'desk-returns', name: 'desk-returns', component: () => import('../views/DeskReturnsView.vue'), meta: { title: '还书', icon: 'Download' } },
  { path: 'desk-checkout', name: 'desk-checkout', component: () => import('../views/DeskCheckoutView.vue'), meta: { title: '借书', icon: 'Upload' } },
  { path: 'reservations', name: 'reservations', component: () => import('../views/ReservationsView.vue'), meta: { title: '预约与上门取还', icon: 'Calendar' } },
  { path: 'overdue', name: 'overdue', component: () => import('../views/OverdueView.vue'), meta: { title: '逾期与赔偿', icon: 'AlarmClock' } },
  { path: 'stock-take', name: 'stock-take', component: () => import('../views/StockTakeView.vue'), meta: { title: '盘点', icon: 'List' } },
  { path: 'delivery', name: 'delivery', component: () => import('../views/DeliveryView.vue'), meta: { title: '配送', icon: 'Van' } },
  { path: 'readers', name: 'readers', component: () => import('../views/ReadersView.vue'), meta: { title: '读者', icon: 'User' } },
  { path: 'books', name: 'books', component: () => import('../views/BooksView.vue'), meta: { title: '图书', icon: 'Reading' } },
  { path: 'news', name: 'news', component: () => import('../views/ReadingNewsView.vue'), meta: { title: '阅读资讯', icon: 'Notebook' } },
  { path: 'suggestions', name: 'suggestions', component: () => import('../views/SuggestionsView.vue'), meta: { title: '读者建议', icon: 'ChatLineSquare' } },
  { path: 'reviews', name: 'reviews', component: () => import('../views/ReviewsView.vue'), meta: { title: '书评管理', icon: 'ChatDotRound' } },
  { path: 'stats', name: 'stats', component: () => import('../views/StatsView.vue'), meta: { title: '统计', icon: 'TrendCharts' } },
  { path: 'notifications', name: 'notifications', component: () => import('../views/NotificationsView.vue'), meta: { title: '通知', icon: 'Bell' } },
  { path: 'rules', name: 'rules', component: () => import('../views/RulesView.vue'), meta: { title: '借阅规则', icon: 'SetUp', adminOnly: true } },
  { path: 'staff', name: 'staff', component: () => import('../views/StaffView.vue'), meta: { title: '员工', icon: 'Avatar', adminOnly: true } },
  { path: 'jobs', name: 'jobs', component: () => import('../views/JobsView.vue'), meta: { title: '任务', icon: 'Timer', adminOnly: true } },
]

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('../views/LoginView.vue'), meta: { title: '登录', public: true } },
  {
    path: '/',
    component: () => import('../layouts/MainLayout.vue'),
    redirect: { name: 'dashboard' },
    children: appRoutes,
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'dashboard' } },
]

/** The menu a staff member sees: ADMIN-only entries only for ADMIN. */
export function menuFor(role: string | null): { name: string; title: string; icon?: string }[] {
  return appRoutes
    .filter((r) => !r.meta?.adminOnly || role === 'ADMIN')
    .map((r) => ({ name: String(r.name), title: r.meta!.title!, icon: r.meta?.icon }))
}
