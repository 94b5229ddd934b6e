import { beforeEach, describe, expect, it, vi } from 'vitest'
import { err, installFakeUni, ok } from './fake-uni'
import { ApiError, NETWORK_ERROR, buildUrl, newIdempotencyKey, request, setBaseUrl, setCodeProvider } from '../src/api/http'
import { session } from '../src/api/session'

let uni: ReturnType<typeof installFakeUni>
const reader = { id: 1, name: '王秀英' }

beforeEach(() => {
  uni = installFakeUni()
  setBaseUrl('')
  setCodeProvider(async () => 'demo-reader01')
})

describe('request', () => {
  it('sends the stored token and returns the envelope data', async () => {
    session.save('t-1', reader)
    uni.answers.push(ok({ id: 7, title: '红楼梦' }))
    await expect(request('/api/app/books/7')).resolves.toEqual({ id: 7, title: '红楼梦' })
    expect(uni.requests[0].url).toBe('/api/app/books/7')
    expect((uni.requests[0].header as Record<string, string>).Authorization).toBe('Bearer t-1')
  })

  it('builds the query without empty values, on the configured base URL', () => {
    setBaseUrl('https://lib.example.org/')
    expect(buildUrl('/api/app/books', { q: '红楼 梦', branchId: 2, categoryId: undefined, availableOnly: false, x: '' }))
      .toBe('https://lib.example.org/api/app/books?q=%E7%BA%A2%E6%A5%BC%20%E6%A2%A6&branchId=2&availableOnly=false')
  })

  it('shows the backend msg of a refusal and throws it with code and status', async () => {
    session.save('t-1', reader)
    uni.answers.push(err(409, 40901, '这本书已被借完'))
    const e = await request('/api/app/cart/items', { method: 'POST', data: {} }).catch((x) => x)
    expect(e).toBeInstanceOf(ApiError)
    expect(e).toMatchObject({ message: '这本书已被借完', code: 40901, status: 409 })
    expect(uni.toasts).toEqual(['这本书已被借完'])
  })

  it('a silent call shows nothing, the caller handles it', async () => {
    session.save('t-1', reader)
    uni.answers.push(err(400, 40001, '搜索词不能超过64个字'))
    await expect(request('/api/app/books', { silent: true })).rejects.toThrow('搜索词不能超过64个字')
    expect(uni.toasts).toEqual([])
  })

  it('a network failure shows a Chinese message', async () => {
    session.save('t-1', reader)
    uni.answers.push({ fail: true })
    await expect(request('/api/app/home')).rejects.toThrow(NETWORK_ERROR)
    expect(uni.toasts).toEqual([NETWORK_ERROR])
  })

  it('a 5xx without an envelope still shows words, never an empty toast', async () => {
    session.save('t-1', reader)
    uni.answers.push({ statusCode: 502, data: '<html>Bad Gateway</html>' })
    await expect(request('/api/app/home')).rejects.toThrow('服务暂时不可用，请稍后再试')
  })

  it('sends the Idempotency-Key when given', async () => {
    session.save('t-1', reader)
    const key = newIdempotencyKey()
    expect(key).toMatch(/^[A-Za-z0-9_.:-]{8,64}$/)
    uni.answers.push(ok({ order: { id: 1 } }))
    await request('/api/app/orders', { method: 'POST', data: { cartItemIds: [1] }, idempotencyKey: key })
    expect((uni.requests[0].header as Record<string, string>)['Idempotency-Key']).toBe(key)
    expect(uni.requests[0].method).toBe('POST')
  })
})

describe('401: one silent re-login and one retry', () => {
  it('logs in with a fresh code, stores the new token and retries the call with it', async () => {
    session.save('expired', reader)
    uni.answers.push(err(401, 40100, '请先登录'), ok({ token: 't-2', reader, firstLogin: false }), ok({ records: [] }))
    await expect(request('/api/app/orders')).resolves.toEqual({ records: [] })
    expect(uni.requests.map((r) => r.url)).toEqual(['/api/app/orders', '/api/app/auth/wx-login', '/api/app/orders'])
    expect(uni.requests[1].data).toEqual({ code: 'demo-reader01' })
    expect((uni.requests[1].header as Record<string, string>).Authorization).toBeUndefined()
    expect((uni.requests[2].header as Record<string, string>).Authorization).toBe('Bearer t-2')
    expect(session.token()).toBe('t-2')
    expect(uni.toasts).toEqual([])
  })

  it('a second 401 after the re-login is not retried again: the msg is shown', async () => {
    session.save('expired', reader)
    uni.answers.push(err(401, 40100, '请先登录'), ok({ token: 't-2', reader, firstLogin: false }), err(401, 40100, '登录已失效'))
    await expect(request('/api/app/me')).rejects.toThrow('登录已失效')
    expect(uni.requests).toHaveLength(3)
    expect(uni.toasts).toEqual(['登录已失效'])
  })

  it('a refused login shows its msg and does not call the API again', async () => {
    session.save('expired', reader)
    uni.answers.push(err(401, 40100, '请先登录'), err(400, 40010, '微信登录码无效'))
    await expect(request('/api/app/me')).rejects.toThrow('微信登录码无效')
    expect(uni.requests).toHaveLength(2)
    expect(uni.toasts).toEqual(['微信登录码无效'])
  })

  it('several calls answered 401 together share one login', async () => {
    const codes = vi.fn(async () => 'demo-reader02')
    setCodeProvider(codes)
    session.save('expired', reader)
    uni.answers.push(err(401, 40100, '请先登录'), err(401, 40100, '请先登录'), ok({ token: 't-3', reader, firstLogin: true }),
      ok('a'), ok('b'))
    const [a, b] = await Promise.all([request('/api/app/cart'), request('/api/app/me')])
    expect([a, b].sort()).toEqual(['a', 'b'])
    expect(codes).toHaveBeenCalledTimes(1)
    expect(uni.requests.filter((r) => r.url.endsWith('/wx-login'))).toHaveLength(1)
  })

  it('the first call of a reader without a token logs in first, then calls once with the new token', async () => {
    uni.answers.push(ok({ token: 't-4', reader, firstLogin: true }), ok({ id: 1 }))
    await request('/api/app/me')
    expect(uni.requests.map((r) => r.url)).toEqual(['/api/app/auth/wx-login', '/api/app/me'])
    expect((uni.requests[1].header as Record<string, string>).Authorization).toBe('Bearer t-4')
    expect(session.reader()).toEqual(reader)
  })
})
