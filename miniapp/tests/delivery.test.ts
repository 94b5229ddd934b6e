import { describe, expect, it } from 'vitest'
import type { LoanView, SlotView } from '../src/api/types'
import {
  distanceText, dotPosition, firstBookable, fromChosenLocation, halfHours, metres, pickupCancellable, pickupLoansByBranch,
  refreshes, showsCode, slotNote, slotTime, trackingStage, windowFields,
} from '../src/utils/delivery'

const slot = (id: number, start: string, end: string, remaining: number, bookable: boolean): SlotView =>
  ({ id, branchId: 1, date: '2026-12-08', startTime: start, endTime: end, capacity: 10, reserved: 10 - remaining, remaining, bookable })

describe('配送时段与半小时窗口', () => {
  it('says the places left, full or closed, and picks the first bookable slot', () => {
    const slots = [slot(1, '09:00:00', '11:00:00', 3, false), slot(2, '10:00:00', '12:00:00', 0, false), slot(3, '15:00:00', '17:00:00', 5, true)]
    expect(slots.map(slotNote)).toEqual(['已截止预约', '已约满', '剩 5 个名额'])
    expect(slotTime(slots[2])).toBe('15:00–17:00')
    expect(firstBookable(slots)).toBe(3)
    expect(firstBookable([slots[1]])).toBeNull()
  })

  it('offers the half hours inside the slot, none for a half-hour slot, and sends both ends or neither', () => {
    expect(halfHours(slot(1, '10:00:00', '12:00:00', 1, true)).map((w) => w.label))
      .toEqual(['10:00–10:30', '10:30–11:00', '11:00–11:30', '11:30–12:00'])
    expect(halfHours(slot(1, '10:00:00', '10:30:00', 1, true))).toEqual([])
    expect(halfHours(null)).toEqual([])
    const w = halfHours(slot(1, '15:00:00', '16:00:00', 1, true))[1]
    expect(windowFields(w)).toEqual({ windowStart: '15:30', windowEnd: '16:00' })
    expect(windowFields(null)).toEqual({})
  })
})

describe('订单详情的配送跟踪', () => {
  it('has a stage per status, refreshes only while assigned or under way, shows the code only then', () => {
    expect(trackingStage('AWAITING_DISPATCH')).toBe('booked')
    expect(trackingStage('DISPATCHED')).toBe('planned')
    expect(trackingStage('OUT_FOR_DELIVERY')).toBe('out')
    expect(trackingStage('DELIVERED')).toBe('done')
    expect(trackingStage('DELIVERY_FAILED')).toBe('failed')
    expect(trackingStage('CANCELLED')).toBe('closed')
    expect(refreshes('OUT_FOR_DELIVERY')).toBe(true)
    expect(refreshes('DISPATCHED')).toBe(true)
    expect(refreshes('DELIVERED')).toBe(false)
    expect(showsCode('OUT_FOR_DELIVERY', { handoverCode: '4821' } as never)).toBe(true)
    expect(showsCode('DELIVERED', { handoverCode: '4821' } as never)).toBe(false)
    expect(showsCode('OUT_FOR_DELIVERY', {} as never)).toBe(false)
  })

  it('places the courier north-up around the home, inside the box however far', () => {
    const home = { lat: 28.2, lng: 113.0 }
    expect(dotPosition(home, home)).toEqual({ left: 50, top: 50 })
    const north = dotPosition(home, { lat: 28.205, lng: 113.0 }) // ~556 m north
    expect(north.left).toBe(50)
    expect(north.top).toBeLessThan(50)
    const east = dotPosition(home, { lat: 28.2, lng: 113.005 })
    expect(east.left).toBeGreaterThan(50)
    expect(east.top).toBe(50)
    const far = dotPosition(home, { lat: 28.0, lng: 112.8 })
    for (const v of [far.left, far.top]) expect(v).toBeGreaterThanOrEqual(8)
    expect(far.left).toBeLessThan(50)
    expect(far.top).toBeGreaterThan(50)
  })

  it('measures and words the distance', () => {
    const m = metres({ lat: 28.2, lng: 113.0 }, { lat: 28.209, lng: 113.0 })
    expect(m).toBeGreaterThan(990)
    expect(m).toBeLessThan(1010)
    expect(distanceText(348)).toBe('约 350 米')
    expect(distanceText(3)).toBe('约 10 米')
    expect(distanceText(1520)).toBe('约 1.5 公里')
  })
})

describe('上门取还与地图选点', () => {
  const loan = (id: number, branchId: number, status: LoanView['status'], returnPickupId?: number) =>
    ({ id, branchId, branchName: `分馆${branchId}`, status, returnPickupId, title: `书${id}` }) as LoanView

  it('offers only loans not yet on a pickup, by branch; cancellable until the courier sets off', () => {
    const groups = pickupLoansByBranch([loan(1, 1, 'ACTIVE'), loan(2, 2, 'ACTIVE'), loan(3, 1, 'ACTIVE', 9), loan(4, 1, 'ACTIVE')])
    expect(groups.map((g) => [g.branchId, g.loans.map((l) => l.id)])).toEqual([[1, [1, 4]], [2, [2]]])
    expect(['REQUESTED', 'DISPATCHED', 'OUT', 'CANCELLED'].map(pickupCancellable)).toEqual([true, true, false, false])
  })

  it('turns the picked place into the form, keeping the place name in the address', () => {
    expect(fromChosenLocation({ name: '远大小区', address: '湖南省长沙市芙蓉区远大一路', latitude: 28.2, longitude: 113.03 }))
      .toEqual({ address: '湖南省长沙市芙蓉区远大一路远大小区', placeName: '远大小区', lat: 28.2, lng: 113.03 })
    expect(fromChosenLocation({ name: '远大小区', address: '', latitude: 1, longitude: 2 }).address).toBe('远大小区')
    expect(fromChosenLocation({ name: '远大', address: '芙蓉区远大一路', latitude: 1, longitude: 2 }).address).toBe('芙蓉区远大一路')
  })
})

describe('设置页的订阅消息', () => {
  it('words the notices and the sends left, and renews the emptiest first (3 at most)', async () => {
    const { kindsText, remainingText, templatesToRenew } = await import('../src/utils/settings')
    const t = (templateId: string, remaining: number, kinds: string[]) => ({ templateId, remaining, kinds }) as never
    expect(kindsText(t('a', 1, ['ORDER_APPROVED', 'OUT_FOR_DELIVERY']))).toBe('审核通过、送书出发')
    expect(remainingText(t('a', 2, []))).toBe('还能收到 2 次')
    expect(remainingText(t('a', 0, []))).toBe('需要再次订阅')
    expect(templatesToRenew([t('a', 3, []), t('b', 0, []), t('c', 1, []), t('d', 5, [])])).toEqual(['b', 'c', 'a'])
  })
})

describe('隐私协议 (WeChat)', () => {
  it('parks the platform\'s resolve until the popup answers: agree with the button id, or disagree', async () => {
    const { createPinia, setActivePinia } = await import('pinia')
    const { usePrivacyStore } = await import('../src/stores/privacy')
    setActivePinia(createPinia())
    const privacy = usePrivacyStore()
    const answers: unknown[] = []
    privacy.ask((r) => answers.push(r))
    expect(privacy.asking).toBe(true)
    privacy.answer(true, 'privacy-agree')
    expect(privacy.asking).toBe(false)
    privacy.ask((r) => answers.push(r))
    privacy.answer(false)
    privacy.answer(true) // nothing pending: nothing answered twice
    expect(answers).toEqual([{ event: 'agree', buttonId: 'privacy-agree' }, { event: 'disagree' }])
  })
})
