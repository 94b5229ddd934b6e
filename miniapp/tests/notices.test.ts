import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { err, installFakeUni, ok } from './fake-uni'
import { setBaseUrl } from '../src/api/http'
import { session } from '../src/api/session'
import { ME_TAB, badgeText, useNoticesStore } from '../src/stores/notices'
import { newestFirst } from '../src/utils/notices'

let uni: ReturnType<typeof installFakeUni>

beforeEach(() => {
  uni = installFakeUni()
  setBaseUrl('')
  setActivePinia(createPinia())
  session.save('t-1', { id: 1, name: '王秀英' })
})

describe('消息中心', () => {
  it('shows the unread count as the badge on 我的 and clears it when all are read', async () => {
    const store = useNoticesStore()
    uni.answers.push(ok({ unread: 3 }))
    await store.refresh()
    expect(store.unread).toBe(3)
    expect(uni.setTabBarBadge).toHaveBeenLastCalledWith(expect.objectContaining({ index: ME_TAB, text: '3' }))

    uni.answers.push(ok(null))
    await store.read(11)
    expect(uni.requests[1]).toMatchObject({ url: '/api/app/notices/11/read', method: 'POST' })
    expect(store.unread).toBe(2)

    uni.answers.push(ok(null))
    await store.readAll()
    expect(uni.requests[2]).toMatchObject({ url: '/api/app/notices/read-all', method: 'POST' })
    expect(store.unread).toBe(0)
    expect(uni.removeTabBarBadge).toHaveBeenCalledWith(expect.objectContaining({ index: ME_TAB }))
  })

  it('a backend without the 消息中心 (404) shows no badge and no error toast', async () => {
    const store = useNoticesStore()
    uni.answers.push({ statusCode: 404, data: { code: 404, msg: '接口不存在', data: null } })
    await store.refresh()
    expect(store.available).toBe(false)
    expect(store.unread).toBe(0)
    expect(uni.toasts).toEqual([])
    expect(uni.setTabBarBadge).not.toHaveBeenCalled()
  })

  it('another failure keeps the entry and the last count', async () => {
    const store = useNoticesStore()
    store.unread = 2
    uni.answers.push(err(500, 50000, '服务暂时不可用'))
    await store.refresh()
    expect(store.available).toBe(true)
    expect(store.unread).toBe(2)
  })

  it('badge text and order', () => {
    expect(badgeText(0)).toBe('')
    expect(badgeText(7)).toBe('7')
    expect(badgeText(120)).toBe('99+')
    const list = newestFirst([
      { id: 1, createdAt: '2026-12-06T08:00:00Z' },
      { id: 3, createdAt: '2026-12-07T08:00:00Z' },
      { id: 2, createdAt: '2026-12-07T08:00:00Z' },
    ])
    expect(list.map((n) => n.id)).toEqual([3, 2, 1])
  })
})
