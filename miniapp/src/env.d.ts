/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
interface ImportMetaEnv {
  /** mp-weixin only: the HTTPS origin of the reader API (must be on the mini-program's request domain whitelist) */
  readonly VITE_API_BASE_URL?: string
}
