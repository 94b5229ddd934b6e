import { createSSRApp } from 'vue'
import * as Pinia from 'pinia'
import App from './App.vue'
import { ApiError, setBaseUrl, setCodeProvider } from './api/http'
import { demoCode } from './api/demo'

export function createApp() {
  const app = createSSRApp(App)
  app.use(Pinia.createPinia())
  // an ApiError was already shown to the reader (toast with the backend's msg) where it happened
  app.config.errorHandler = (err) => {
    if (!(err instanceof ApiError)) console.error(err)
  }
  // #ifdef MP-WEIXIN
  // the library's own HTTPS domain, set at build time and whitelisted as the mini-program's request domain
  setBaseUrl(import.meta.env.VITE_API_BASE_URL ?? 'https://taoshu.example.org')
  setCodeProvider(() => new Promise((resolve, reject) => {
    uni.login({
      provider: 'weixin',
      success: (r) => resolve(r.code),
      fail: () => reject(new ApiError(401, '微信登录失败，请稍后重试', 401)),
    })
  }))
  // #endif
  // #ifdef H5
  // the browser build is the demo: it logs in with a demo reader's code (chosen on the 演示登录 page)
  setCodeProvider(async () => demoCode())
  // #endif
  return { app, Pinia }
}
