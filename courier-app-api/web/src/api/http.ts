import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'

/** The backend answered with an error envelope `{code, msg}` (msg is Chinese, shown as is). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: number, msg: string) {
    super(msg)
    this.name = 'ApiError'
  }

  /**
   * Worth sending again later: the server or a proxy on the way was overloaded or down, asked us to slow down, or the
   * login ended (401: sent again once the courier has logged in again).
   */
  get transient(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408 || this.status === 401
  }
}

/** No answer at all: no signal, a dropped connection, a timeout. */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('网络不通，已保存，恢复后自动发送')
    this.name = 'NetworkError'
    this.cause = cause
  }
}

/** Whether the same request may be sent again later (with the same Idempotency-Key). */
export function isTransient(e: unknown): boolean {
  return e instanceof NetworkError || (e instanceof ApiError && e.transient)
}

export interface Session {
  token(): string | null
  /** The token was refused: the shift's login ended (expired, revoked or logged out elsewhere). */
  expired(): void
}

export type Api = ReturnType<typeof createApi>

/** The typed client of `/api/courier/**` (types generated from contract/openapi-courier.json). */
export function createApi(session: Session, fetchImpl: typeof fetch = (...a) => globalThis.fetch(...a), baseUrl = '') {
  const auth: Middleware = {
    onRequest({ request }) {
      const token = session.token()
      if (token) request.headers.set('Authorization', `Bearer ${token}`)
      return request
    },
    onResponse({ response }) {
      if (response.status === 401) session.expired()
      return response
    },
  }
  const client = createClient<paths>({ baseUrl, fetch: fetchImpl })
  client.use(auth)
  return client
}

interface Envelope<T> {
  code?: number
  msg?: string
  data?: T
}

/**
 * The `data` of a successful envelope; an {@link ApiError} with the server's Chinese message otherwise, a
 * {@link NetworkError} when there was no answer.
 */
export async function unwrap<T>(request: Promise<{ data?: Envelope<T>; error?: unknown; response: Response }>): Promise<T> {
  let answer: { data?: Envelope<T>; error?: unknown; response: Response }
  try {
    answer = await request
  } catch (e) {
    throw new NetworkError(e)
  }
  const { data, error, response } = answer
  if (response.ok && data && (data.code ?? 0) === 0) {
    return data.data as T
  }
  const body = (data ?? error ?? {}) as Envelope<unknown>
  const fallback = response.status >= 500 ? '服务器暂时无法处理，稍后自动重试' : `请求失败（${response.status}）`
  throw new ApiError(response.status, typeof body.code === 'number' ? body.code : response.status,
    typeof body.msg === 'string' && body.msg ? body.msg : fallback)
}

/** A new Idempotency-Key (the backend accepts 8–64 of [A-Za-z0-9_.:-]). */
export function newKey(): string {
  return crypto.randomUUID()
}
