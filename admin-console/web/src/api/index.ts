import { ElMessage } from 'element-plus'
import { createHttp } from './http'
import { useAuthStore } from '../stores/auth'
import { router } from '../router'

let lastError = { msg: '', at: 0 }

/** The app's HTTP client: the API's Chinese msg in an ElMessage, 401 → back to the login page. */
export const http = createHttp({
  getToken: () => useAuthStore().token,
  onUnauthorized: () => {
    const auth = useAuthStore()
    auth.signOut()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      router.replace({ name: 'login', query: current.fullPath !== '/' ? { redirect: current.fullPath } : {} })
    }
  },
  notifyError: (msg) => {
    // the same message twice within a second (parallel requests failing together) is shown once
    const now = Date.now()
    if (msg === lastError.msg && now - lastError.at < 1000) return
    lastError = { msg, at: now }
    ElMessage({ type: 'error', message: msg, showClose: true, duration: 4000, grouping: true })
  },
})
