// The base map under the route maps: AMap JS API 2.0 when the library configured a JS key (GET …/map-config),
// loaded lazily by its documented script URL with the security code set first on window._AMapSecurityConfig.
// Anything else — no key, the script blocked or failing, a wrong key that never calls back, no answer within
// AMAP_TIMEOUT_MS — answers null and the caller keeps its schematic: never a blank map.
// Shared by the admin console and the courier app (both import it as @shared/amapLoader: vite alias + tsconfig paths);
// its test is admin-console/web/src/utils/amapLoader.test.ts, run once by the admin build.

export interface MapConfig {
  provider: 'AMAP' | 'NONE'
  key?: string | null
  securityCode?: string | null
}

/** The parts of the global AMap namespace the route maps use. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AMapNamespace = any

type AmapWindow = Window & {
  AMap?: AMapNamespace
  _AMapSecurityConfig?: { securityJsCode: string }
  [callback: string]: unknown
}

export const AMAP_TIMEOUT_MS = 5000
const CALLBACK = '__taoshuAmapReady'

export function amapScriptUrl(key: string): string {
  return `https://webapi.amap.com/maps?v=2.0&key=${encodeURIComponent(key)}&callback=${CALLBACK}`
}

let loaded: Promise<AMapNamespace | null> | null = null

/** For tests: forget a loaded (or loading) script. */
export function resetAmapLoader(): void {
  loaded = null
}

/** The AMap namespace, or null when the schematic should be drawn. Never rejects. */
export function loadAmap(config: MapConfig | null | undefined, timeoutMs = AMAP_TIMEOUT_MS,
  win: AmapWindow = window as unknown as AmapWindow, doc: Document = document): Promise<AMapNamespace | null> {
  if (!config || config.provider !== 'AMAP' || !config.key) return Promise.resolve(null)
  if (win.AMap) return Promise.resolve(win.AMap)
  if (loaded) return loaded
  const key = config.key
  const attempt = new Promise<AMapNamespace | null>((resolve) => {
    let script: HTMLScriptElement | null = null
    const finish = (amap: AMapNamespace | null) => {
      clearTimeout(timer)
      delete win[CALLBACK]
      if (!amap && script) script.remove()
      resolve(amap)
    }
    const timer = setTimeout(() => finish(null), timeoutMs)
    if (config.securityCode) win._AMapSecurityConfig = { securityJsCode: config.securityCode }
    win[CALLBACK] = () => finish(win.AMap ?? null)
    script = doc.createElement('script')
    script.src = amapScriptUrl(key)
    script.async = true
    script.onerror = () => finish(null)
    doc.head.appendChild(script)
  })
  // a failure is not kept: the next map shown tries again (its schematic stays up meanwhile)
  loaded = attempt.then((amap) => {
    if (!amap) loaded = null
    return amap
  })
  return loaded
}
