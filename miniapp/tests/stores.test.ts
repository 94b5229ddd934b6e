import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { installFakeUni, ok } from './fake-uni'
import { ELDER_KEY, useElderStore } from '../src/stores/elder'
import { useReaderStore } from '../src/stores/reader'
import { session } from '../src/api/session'
import { groupByBranch, templatesToRequest } from '../src/utils/cart'
import { ORDER_TABS, formatDateTime, shanghaiDays, tabOf } from '../src/utils/orderTabs'
import type { CartLine, OrderStatus } from '../src/api/types'

let uni: ReturnType<typeof installFakeUni>
beforeEach(() => {
  uni = installFakeUni()
  setActivePinia(createPinia())
})

describe('长辈模式 store', () => {
  it('is off for a new reader and remembered once switched on', () => {
    expect(useElderStore().on).toBe(false)
    useElderStore().toggle()
    expect(uni.storage.get(ELDER_KEY)).toBe(true)
    expect(uni.hideTabBar).toHaveBeenCalledTimes(1)
    setActivePinia(createPinia()) // the next start of the app
    expect(useElderStore().on).toBe(true)
    useElderStore().set(false)
    expect(uni.storage.get(ELDER_KEY)).toBe(false)
    expect(uni.showTabBar).toHaveBeenCalledTimes(1)
  })
})

describe('reader store', () => {
  it('loads the profile once and says whether the reader may have books delivered', async () => {
    session.save('t', null)
    uni.answers.push(ok({ id: 3, name: '李桂兰', deliveryEligibility: 'APPROVED' }))
    const store = useReaderStore()
    expect(store.mayDeliver).toBe(false)
    await store.ensure()
    await store.ensure()
    expect(uni.requests).toHaveLength(1)
    expect(store.mayDeliver).toBe(true)
  })
})

describe('order tabs', () => {
  it('every order status is on exactly one tab', () => {
    const all: OrderStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'READY_FOR_PICKUP', 'PICKED_UP', 'EXPIRED',
      'AWAITING_DISPATCH', 'DISPATCHED', 'OUT_FOR_DELIVERY', 'DELIVERED', 'DELIVERY_FAILED', 'RETURNED_TO_SHELF']
    for (const s of all) expect(ORDER_TABS.filter((t) => t.statuses.includes(s))).toHaveLength(1)
    expect(tabOf('READY_FOR_PICKUP')).toBe('pickup')
    expect(tabOf('REJECTED')).toBe('failed')
    expect(ORDER_TABS.map((t) => t.label)).toEqual(['待审核', '待取书', '配送中', '已完成', '未通过'])
  })

  it('shows times in the library\'s zone (Asia/Shanghai)', () => {
    expect(formatDateTime('2026-12-09T10:00:00Z')).toBe('12月9日 18:00')
    expect(formatDateTime('2026-12-09T18:00:00+08:00')).toBe('12月9日 18:00')
    expect(shanghaiDays(Date.parse('2026-12-07T20:30:00Z'))).toEqual(['2026-12-08', '2026-12-09'])
  })
})

describe('cart by branch', () => {
  it('groups lines by branch in the order they were added', () => {
    const line = (id: number, branchId: number, branchName: string) => ({ id, branchId, branchName }) as CartLine
    const groups = groupByBranch([line(1, 2, '岳麓'), line(2, 3, '芙蓉'), line(3, 2, '岳麓')])
    expect(groups.map((g) => [g.branchName, g.lines.map((l) => l.id)])).toEqual([['岳麓', [1, 3]], ['芙蓉', [2]]])
  })
})

describe('subscribe-message templates at 提交', () => {
  it('asks for the outcome and the pickup or delivery notice, only those configured, at most three', () => {
    const templates = [
      { templateId: 'T-approved', kinds: ['ORDER_APPROVED'] },
      { templateId: 'T-result', kinds: ['ORDER_REJECTED'] },
      { templateId: 'T-shelf', kinds: ['READY_FOR_PICKUP', 'PICKUP_DEADLINE'] },
      { templateId: 'T-due', kinds: ['DUE_SOON'] },
    ]
    expect(templatesToRequest(templates, 'PICKUP')).toEqual(['T-approved', 'T-result', 'T-shelf'])
    expect(templatesToRequest(templates, 'DELIVERY')).toEqual(['T-approved', 'T-result'])
    expect(templatesToRequest([{ templateId: 'T-all', kinds: ['ORDER_APPROVED', 'ORDER_REJECTED'] }], 'PICKUP')).toEqual(['T-all'])
    expect(templatesToRequest([], 'PICKUP')).toEqual([])
  })
})
