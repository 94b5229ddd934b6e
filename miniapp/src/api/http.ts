// The one request layer of the readers' app, on uni.request (the same in WeChat and in the browser):
// base URL, the reader's token in storage, the {code,msg,data} envelope unwrapped, every error shown with the backend's
// own msg, and a 401 answered by one silent re-login (a fresh wx.login code, or the demo code in H5) and one retry.
import { session } from './session'

export interface Envelope<T> {
  code: number
  msg: string
  data: T
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface RequestOptions {
  method?: Method
  data?: unknown
  query?: Record<string, string | number | boolean | undefined | null>
  /** sent as the Idempotency-Key header: the same key on a retry never places a second order */
  idempotencyKey?: string
  /** false for the login call itself: no token, no re-login */
  auth?: boolean
  /** true: the caller shows the error itself (no toast) */
  silent?: boolean
}

/** An answer that is not {code:0}: msg is the backend's Chinese message, shown to the reader as it is. */
export class ApiError extends Error {
  constructor(readonly code: number, msg: string, readonly status: number) {
    super(msg)
    this.name = 'ApiError'
  }
}

export const NETWORK_ERROR = '网络连接失败，请检查网络后重试'
const FALLBACK_ERROR = '服务暂时不可用，请稍后再试'

interface RawResponse {
  statusCode: number
  data: unknown
}

/** Where the API lives: the same origin in H5 (served by the app under /m/), the configured HTTPS domain in WeChat. */
let baseUrl = ''
export function setBaseUrl(url: string) {
  baseUrl = url.replace(/\/+$/, '')
}

/** Obtains a fresh login code: wx.login in WeChat, the chosen demo code in H5 (registered in main.ts). */
export type CodeProvider = () => Promise<string>
let codeProvider: CodeProvider = () => Promise.reject(new ApiError(401, '请先登录', 401))
export function setCodeProvider(provider: CodeProvider) {
  codeProvider = provider
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = Object.entries(query ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return baseUrl + path + (params.length ? `?${params.join('&')}` : '')
}

function send(path: string, opts: RequestOptions, token: string | null): Promise<RawResponse> {
  const header: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  if (opts.idempotencyKey) header['Idempotency-Key'] = opts.idempotencyKey
  return new Promise((resolve, reject) => {
    uni.request({
      url: buildUrl(path, opts.query),
      method: opts.method ?? 'GET',
      data: opts.data as UniApp.RequestOptions['data'],
      header,
      dataType: 'json',
      success: (res) => resolve({ statusCode: res.statusCode, data: res.data }),
      fail: () => reject(new ApiError(-1, NETWORK_ERROR, 0)),
    })
  })
}

function unwrap<T>(res: RawResponse): T {
  const body = (typeof res.data === 'object' && res.data !== null ? res.data : {}) as Partial<Envelope<T>>
  if (res.statusCode >= 200 && res.statusCode < 300 && body.code === 0) {
    return body.data as T
  }
  throw new ApiError(body.code ?? res.statusCode, body.msg || FALLBACK_ERROR, res.statusCode)
}

export function showError(e: unknown) {
  const msg = e instanceof Error && e.message ? e.message : FALLBACK_ERROR
  uni.showToast({ title: msg, icon: 'none', duration: 3000 })
}

/** One login in flight at a time: several requests answered 401 together share it. */
let pendingLogin: Promise<string> | null = null

export function login(): Promise<string> {
  if (!pendingLogin) {
    pendingLogin = (async () => {
      const code = await codeProvider()
      const s = await call<{ token: string; reader: unknown; firstLogin: boolean }>('/api/app/auth/wx-login', {
        method: 'POST', data: { code }, auth: false, silent: true,
      })
      session.save(s.token, s.reader)
      return s.token
    })().finally(() => {
      pendingLogin = null
    })
  }
  return pendingLogin
}

async function call<T>(path: string, opts: RequestOptions): Promise<T> {
  const auth = opts.auth !== false
  // no token yet (first start): log in before the call rather than after its 401
  const token = auth ? session.token() ?? (await login()) : null
  let res = await send(path, opts, token)
  if (res.statusCode === 401 && auth) {
    session.clear()
    res = await send(path, opts, await login())
  }
  return unwrap<T>(res)
}

/** Calls the API and returns `data`; any failure is shown as a toast with the backend's msg (unless silent) and rethrown. */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  try {
    return await call<T>(path, opts)
  } catch (e) {
    if (!opts.silent) showError(e)
    throw e
  }
}

/** A fresh key per tap on 提交: a retry of the same submission reuses it, the next submission gets a new one. */
export function newIdempotencyKey(): string {
  const rnd = Math.random().toString(36).slice(2, 12)
  return `m-${Date.now().toString(36)}-${rnd}`
}

/**
 * Uploads a local file (a chooseAvatar / chooseImage path) as multipart field `name` with uni.uploadFile; the same token,
 * one re-login on 401 and envelope as {@link request}.
 */
export async function upload<T>(path: string, filePath: string, name = 'file'): Promise<T> {
  const once = (token: string) => new Promise<RawResponse>((resolve, reject) => {
    uni.uploadFile({
      url: buildUrl(path),
      filePath,
      name,
      header: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      success: (res) => {
        let data: unknown = res.data
        try { data = JSON.parse(res.data as string) } catch { /* not JSON: shown as the fallback message */ }
        resolve({ statusCode: res.statusCode, data })
      },
      fail: () => reject(new ApiError(-1, NETWORK_ERROR, 0)),
    })
  })
  try {
    let res = await once(session.token() ?? (await login()))
    if (res.statusCode === 401) {
      session.clear()
      res = await once(await login())
    }
    return unwrap<T>(res)
  } catch (e) {
    showError(e)
    throw e
  }
}

/** A protected image (the reader's avatar) as a local path an <image> can show: downloaded with the token. */
export async function download(path: string): Promise<string> {
  const token = session.token() ?? (await login())
  return new Promise((resolve, reject) => {
    uni.downloadFile({
      url: buildUrl(path),
      header: { Authorization: `Bearer ${token}` },
      success: (res) => (res.statusCode === 200 ? resolve(res.tempFilePath) : reject(new ApiError(res.statusCode, FALLBACK_ERROR, res.statusCode))),
      fail: () => reject(new ApiError(-1, NETWORK_ERROR, 0)),
    })
  })
}
