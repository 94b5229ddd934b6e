// The one HTTP wrapper of the admin UI: JSON envelope in, `data` out; every failure becomes an ApiError carrying the
// API's Chinese `msg`, is shown to the librarian (notifyError) and a 401 sends them back to the login page.

import type { Envelope } from './types'

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: number,
    readonly traceId?: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }

  /** Another librarian acted first / the record changed meanwhile (HTTP 409). */
  get isConflict(): boolean {
    return this.status === 409
  }
}

/**
 * The action failed because the record changed (409, another librarian acted first) or is gone (404): the screen is
 * out of date, so the caller reloads it rather than leaving the librarian on stale data. The message was shown already.
 */
export function isStale(e: unknown): boolean {
  return e instanceof ApiError && (e.isConflict || e.status === 404)
}

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Do not show the error message (the caller shows it itself). */
  silent?: boolean
}

export interface HttpDeps {
  getToken: () => string | null
  onUnauthorized: () => void
  notifyError: (msg: string) => void
  fetchImpl?: typeof fetch
  newKey?: () => string
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试',
  400: '请求有误，请检查填写的内容',
  401: '登录已过期，请重新登录',
  403: '没有权限执行此操作',
  404: '要找的内容不存在',
  409: '数据已被他人修改，请刷新后重试',
  413: '文件太大',
  429: '操作太频繁，请稍后再试',
}

export function fallbackMessage(status: number): string {
  return FALLBACK_MESSAGES[status] ?? (status >= 500 ? '服务器出错了，请稍后再试' : `请求失败（${status}）`)
}

/** crypto.randomUUID exists only in secure contexts (https, localhost); on a LAN http address build a v4 UUID. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto
  if (c && typeof c.randomUUID === 'function') {
    return c.randomUUID()
  }
  const bytes = new Uint8Array(16)
  if (c && typeof c.getRandomValues === 'function') {
    c.getRandomValues(bytes)
  } else {
    for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256)
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    params.append(k, String(v))
  }
  const qs = params.toString()
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path
}

/** Filename from Content-Disposition (RFC 5987 filename* first, then filename). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim())
    } catch {
      /* fall through */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header)
  return plain ? plain[1].trim() : fallback
}

export function createHttp(deps: HttpDeps) {
  const doFetch = (...args: Parameters<typeof fetch>) => (deps.fetchImpl ?? globalThis.fetch)(...args)
  const newKey = deps.newKey ?? newIdempotencyKey

  function headersFor(method: string, json: boolean): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    const token = deps.getToken()
    if (token) headers.Authorization = `Bearer ${token}`
    if (json) headers['Content-Type'] = 'application/json'
    if (method === 'POST') headers['Idempotency-Key'] = newKey()
    return headers
  }

  function fail(error: ApiError, silent?: boolean): never {
    if (error.status === 401) deps.onUnauthorized()
    if (!silent) deps.notifyError(error.message)
    throw error
  }

  async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
    const isForm = typeof FormData !== 'undefined' && opts.body instanceof FormData
    const hasJson = opts.body !== undefined && !isForm
    let response: Response
    try {
      response = await doFetch(buildUrl(path, opts.query), {
        method,
        headers: headersFor(method, hasJson),
        body: isForm ? (opts.body as FormData) : hasJson ? JSON.stringify(opts.body) : undefined,
      })
    } catch {
      return fail(new ApiError(fallbackMessage(0), 0, -1), opts.silent)
    }
    if (!response.ok) {
      let msg = ''
      let code = -1
      let traceId: string | undefined
      try {
        const env = (await response.json()) as Partial<Envelope<unknown>>
        msg = typeof env.msg === 'string' ? env.msg : ''
        code = typeof env.code === 'number' ? env.code : -1
        traceId = env.traceId
      } catch {
        /* not JSON (proxy error page) */
      }
      return fail(new ApiError(msg || fallbackMessage(response.status), response.status, code, traceId), opts.silent)
    }
    return response
  }

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const response = await send(method, path, opts)
    let env: Envelope<T>
    try {
      env = (await response.json()) as Envelope<T>
    } catch {
      return fail(new ApiError('服务器返回的内容无法识别', response.status, -1), opts.silent)
    }
    if (env.code !== 0) {
      return fail(new ApiError(env.msg || fallbackMessage(response.status), response.status, env.code, env.traceId), opts.silent)
    }
    return env.data
  }

  return {
    get: <T>(path: string, query?: Query, opts: RequestOptions = {}) => request<T>('GET', path, { ...opts, query }),
    post: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('POST', path, { ...opts, body: body ?? {} }),
    put: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('PUT', path, { ...opts, body }),
    del: <T>(path: string, opts: RequestOptions = {}) => request<T>('DELETE', path, opts),
    /** GET a file (Excel) with the token and hand it to the browser as a download. */
    async download(path: string, query: Query | undefined, fallbackName: string): Promise<string> {
      const response = await send('GET', path, { query })
      const name = filenameFromDisposition(response.headers.get('Content-Disposition'), fallbackName)
      const blob = await response.blob()
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = name
      document.body.appendChild(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return name
    },
  }
}

export type Http = ReturnType<typeof createHttp>
