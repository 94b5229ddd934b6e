import { createRouter, createWebHistory } from 'vue-router'
import { routes } from './routes'
import { decide } from './guard'
import { useAuthStore } from '../stores/auth'

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach((to) => {
  const auth = useAuthStore()
  return decide(to, { loggedIn: auth.loggedIn, role: auth.role })
})

router.afterEach((to) => {
  document.title = to.meta?.title ? `${to.meta.title} · 淘书馆员工作台` : '淘书馆员工作台'
})
