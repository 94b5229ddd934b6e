import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError, createApi, isTransient, unwrap } from './http'
import { send, today } from './courier'

function fakeFetch(answer: (req: Request) => Response | Promise<Response>) {
  const requests: Request[] = []
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init)
    requests.push(req)
    return answer(req)
  }) as typeof fetch
  return { requests, fetchImpl }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

describe('request layer', () => {
  it('sends the bearer token and unwraps the envelope', async () => {
    const { requests, fetchImpl } = fakeFetch(() => json(200, { code: 0, msg: 'ok', data: [{ id: 7, stops: [] }] }))
    const api = createApi({ token: () => 'tok-1', expired: () => {} }, fetchImpl, 'http://app')
    const routes = await today(api)
    expect(routes[0].id).toBe(7)
    expect(requests[0].url).toBe('http://app/api/courier/routes/today')
    expect(requests[0].headers.get('Authorization')).toBe('Bearer tok-1')
  })

  it('sends an action with its Idempotency-Key and body', async () => {
    const { requests, fetchImpl } = fakeFetch(() => json(200, { code: 0, data: { id: 3, status: 'DELIVERED' } }))
    const api = createApi({ token: () => 't', expired: () => {} }, fetchImpl, 'http://app')
    await send(api, { kind: 'deliver', stopId: 3, code: '1234' }, 'key-123456')
    expect(requests[0].method).toBe('POST')
    expect(requests[0].url).toBe('http://app/api/courier/stops/3/deliver')
    expect(requests[0].headers.get('Idempotency-Key')).toBe('key-123456')
    expect(await requests[0].json()).toEqual({ code: '1234' })
  })

  it('turns an error envelope into an ApiError with the server\'s Chinese message', async () => {
    const { fetchImpl } = fakeFetch(() => json(400, { code: 50406, msg: '取书码不正确，还可以再试2次' }))
    const api = createApi({ token: () => 't', expired: () => {} }, fetchImpl, 'http://app')
    const error = await send(api, { kind: 'deliver', stopId: 3, code: '0000' }, 'k-12345678').catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.code).toBe(50406)
    expect(error.message).toBe('取书码不正确，还可以再试2次')
    expect(isTransient(error)).toBe(false)
  })

  it('treats no answer, 5xx and 429 as worth retrying', async () => {
    const down = fakeFetch(() => {
      throw new TypeError('Failed to fetch')
    })
    const api = createApi({ token: () => 't', expired: () => {} }, down.fetchImpl, 'http://app')
    const e1 = await today(api).catch((e) => e)
    expect(e1).toBeInstanceOf(NetworkError)
    expect(isTransient(e1)).toBe(true)
    const e2 = (await unwrap(Promise.resolve({ response: new Response("bad gateway", { status: 502 }) })).catch((e) => e)) as ApiError
    expect(e2).toBeInstanceOf(ApiError)
    expect(e2.message).toBe('服务器暂时无法处理，稍后自动重试')
    expect(isTransient(e2)).toBe(true)
    expect(isTransient(new ApiError(429, 50409, '位置上报过于频繁'))).toBe(true)
  })

  it('reports a refused token so the app returns to the login screen', async () => {
    let expired = 0
    const { fetchImpl } = fakeFetch(() => json(401, { code: 40100, msg: '请先登录' }))
    const api = createApi({ token: () => 'old', expired: () => expired++ }, fetchImpl, 'http://app')
    const error = await today(api).catch((e) => e)
    expect(error.message).toBe('请先登录')
    expect(expired).toBe(1)
    // an action refused for the ended login waits in the queue for the next login instead of being dropped
    expect(isTransient(error)).toBe(true)
  })
})
