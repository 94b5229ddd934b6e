// A stand-in for the `uni` global: storage in a Map, uni.request answered by a queue of scripted responses (or a
// failure), toasts and tab-bar calls recorded. Installed fresh before each test.
import { vi } from 'vitest'
import { setBaseUrl } from '../src/api/http'
import { session } from '../src/api/session'

export interface Scripted {
  statusCode?: number
  data?: unknown
  fail?: boolean
}

export function installFakeUni() {
  const storage = new Map<string, unknown>()
  const answers: Scripted[] = []
  const requests: UniApp.RequestOptions[] = []
  const toasts: string[] = []
  const fake = {
    storage,
    answers,
    requests,
    toasts,
    getStorageSync: (k: string) => (storage.has(k) ? storage.get(k) : ''),
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
    showToast: (o: { title: string }) => void toasts.push(o.title),
    hideTabBar: vi.fn(),
    showTabBar: vi.fn(),
    setTabBarBadge: vi.fn(),
    removeTabBarBadge: vi.fn(),
    request: (o: UniApp.RequestOptions) => {
      requests.push(o)
      const a = answers.shift()
      setTimeout(() => {
        if (!a || a.fail) o.fail?.({ errMsg: 'request:fail' } as UniApp.GeneralCallbackResult)
        else o.success?.({ statusCode: a.statusCode ?? 200, data: a.data, header: {}, cookies: [] } as UniApp.RequestSuccessCallbackResult)
      }, 0)
    },
  }
  ;(globalThis as unknown as { uni: typeof fake }).uni = fake
  return fake
}

export const ok = (data: unknown): Scripted => ({ statusCode: 200, data: { code: 0, msg: 'ok', data } })
export const err = (statusCode: number, code: number, msg: string): Scripted => ({ statusCode, data: { code, msg, data: null } })

/** The fake `uni` with a signed-in reader (王秀英, token t-1) and relative request URLs: for tests of API calls. */
export function installSignedInUni() {
  const uni = installFakeUni()
  setBaseUrl('')
  session.save('t-1', { id: 1, name: '王秀英' })
  return uni
}
