import { describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, createHttp, fallbackMessage, filenameFromDisposition, isStale, newIdempotencyKey } from './http'

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

function setup(response: Response | Error, token: string | null = 'tok') {
  const fetchImpl = vi.fn(async () => {
    if (response instanceof Error) throw response
    return response
  })
  const onUnauthorized = vi.fn()
  const notifyError = vi.fn()
  const http = createHttp({ getToken: () => token, onUnauthorized, notifyError, fetchImpl: fetchImpl as unknown as typeof fetch, newKey: () => 'key-1' })
  return { http, fetchImpl, onUnauthorized, notifyError }
}

describe('http wrapper', () => {
  it('returns data of a successful envelope and sends the bearer token', async () => {
    const { http, fetchImpl } = setup(json(200, { code: 0, msg: 'ok', data: { id: 7 } }))
    await expect(http.get('/api/admin/orders/7')).resolves.toEqual({ id: 7 })
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok')
    expect((init.headers as Record<string, string>)['Idempotency-Key']).toBeUndefined()
  })

  it('sends an Idempotency-Key and JSON on every POST', async () => {
    const { http, fetchImpl } = setup(json(200, { code: 0, msg: 'ok', data: null }))
    await http.post('/api/admin/orders/1/reject', { reason: '馆藏破损' })
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/admin/orders/1/reject')
    expect(init.method).toBe('POST')
    const headers = init.headers as Record<string, string>
    expect(headers['Idempotency-Key']).toBe('key-1')
    expect(headers['Content-Type']).toBe('application/json')
    expect(init.body).toBe(JSON.stringify({ reason: '馆藏破损' }))
  })

  it('shows the API Chinese msg and throws an ApiError carrying status and code', async () => {
    const { http, notifyError, onUnauthorized } = setup(json(409, { code: 40003, msg: '该订单已被其他馆员处理', data: null }))
    const error = (await http.post('/api/admin/orders/1/approve').catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.message).toBe('该订单已被其他馆员处理')
    expect(error.status).toBe(409)
    expect(error.code).toBe(40003)
    expect(error.isConflict).toBe(true)
    expect(notifyError).toHaveBeenCalledWith('该订单已被其他馆员处理')
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('sends a 401 back to the login page', async () => {
    const { http, onUnauthorized, notifyError } = setup(json(401, { code: 10002, msg: '请先登录', data: null }))
    await expect(http.get('/api/admin/orders')).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledOnce()
    expect(notifyError).toHaveBeenCalledWith('请先登录')
  })

  it('falls back to a Chinese message when the body is not an envelope', async () => {
    const { http, notifyError } = setup(new Response('<html>Bad Gateway</html>', { status: 502 }))
    await expect(http.get('/api/admin/orders')).rejects.toMatchObject({ status: 502, message: '服务器出错了，请稍后再试' })
    expect(notifyError).toHaveBeenCalledWith('服务器出错了，请稍后再试')
  })

  it('reports a network failure in Chinese', async () => {
    const { http, notifyError } = setup(new TypeError('Failed to fetch'))
    await expect(http.get('/api/admin/orders')).rejects.toMatchObject({ status: 0 })
    expect(notifyError).toHaveBeenCalledWith(fallbackMessage(0))
  })

  it('treats a non-zero code in a 200 answer as an error', async () => {
    const { http, notifyError } = setup(json(200, { code: 30001, msg: '书目不存在', data: null }))
    await expect(http.get('/api/admin/books/1')).rejects.toMatchObject({ code: 30001 })
    expect(notifyError).toHaveBeenCalledWith('书目不存在')
  })

  it('stays quiet when asked to', async () => {
    const { http, notifyError } = setup(json(404, { code: 10004, msg: '不存在', data: null }))
    await expect(http.get('/x', undefined, { silent: true })).rejects.toBeInstanceOf(ApiError)
    expect(notifyError).not.toHaveBeenCalled()
  })

  it('sends FormData as multipart, without a JSON content type', async () => {
    const { http, fetchImpl } = setup(json(200, { code: 0, msg: 'ok', data: { total: 1 } }))
    const form = new FormData()
    form.append('file', new Blob(['x']), 'a.xlsx')
    await http.post('/api/admin/books/import', form)
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    expect(init.body).toBe(form)
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined()
  })
})

describe('helpers', () => {
  it('calls a 409 or a 404 stale, nothing else', () => {
    expect(isStale(new ApiError('已被他人处理', 409, 40201))).toBe(true)
    expect(isStale(new ApiError('订单不存在', 404, 40200))).toBe(true)
    expect(isStale(new ApiError('参数错误', 400, 10001))).toBe(false)
    expect(isStale(new ApiError('服务器错误', 500, 10000))).toBe(false)
    expect(isStale(new Error('network'))).toBe(false)
  })

  it('builds query strings without empty values', () => {
    expect(buildUrl('/api/admin/orders', { status: 'SUBMITTED', branchId: null, fulfilment: '', page: 2, size: 20 }))
      .toBe('/api/admin/orders?status=SUBMITTED&page=2&size=20')
    expect(buildUrl('/a', { q: '红楼 梦' })).toBe('/a?q=%E7%BA%A2%E6%A5%BC+%E6%A2%A6')
    expect(buildUrl('/a', {})).toBe('/a')
  })

  it('reads UTF-8 file names from Content-Disposition', () => {
    expect(filenameFromDisposition("attachment; filename=\"=?UTF-8?Q?x?=\"; filename*=UTF-8''%E4%B9%A6%E7%9B%AE%E5%AF%BC%E5%87%BA.xlsx", 'f.xlsx'))
      .toBe('书目导出.xlsx')
    expect(filenameFromDisposition('attachment; filename="books.xlsx"', 'f.xlsx')).toBe('books.xlsx')
    expect(filenameFromDisposition(null, 'f.xlsx')).toBe('f.xlsx')
  })

  it('makes v4 UUIDs even without crypto.randomUUID (plain http on a LAN address)', () => {
    const original = globalThis.crypto.randomUUID
    try {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true })
      const a = newIdempotencyKey()
      const b = newIdempotencyKey()
      expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(a).not.toBe(b)
    } finally {
      Object.defineProperty(globalThis.crypto, 'randomUUID', { value: original, configurable: true })
    }
  })

  it('has a Chinese fallback for each status', () => {
    expect(fallbackMessage(403)).toBe('没有权限执行此操作')
    expect(fallbackMessage(500)).toBe('服务器出错了，请稍后再试')
    expect(fallbackMessage(418)).toBe('请求失败（418）')
  })
})
