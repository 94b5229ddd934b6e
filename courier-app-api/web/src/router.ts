import { createRouter, createWebHashHistory } from 'vue-router'
import { useCourier } from './stores/app'

// hash history: /courier/ is one file for the server and the service worker whatever screen is open
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./views/LoginView.vue') },
    { path: '/', name: 'today', component: () => import('./views/TodayView.vue') },
    { path: '/stops/:id', name: 'stop', component: () => import('./views/StopView.vue'), props: (r) => ({ id: Number(r.params.id) }) },
  ],
})

router.beforeEach((to) => {
  const courier = useCourier()
  if (to.name !== 'login' && !courier.loggedIn) return { name: 'login' }
  if (to.name === 'login' && courier.loggedIn) return { name: 'today' }
  return true
})
