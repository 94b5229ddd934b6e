import { describe, expect, it } from 'vitest'
import type { DeliveryInfo } from '../api/types'
import { courierText, etaText, slotText, windowText } from './deliveryInfo'

const base: DeliveryInfo = {
  slotId: 7, slotDate: '2026-05-01', slotStart: '10:00:00', slotEnd: '12:00:00', windowStart: null, windowEnd: null,
  address: '岳麓区麓山南路***', addressMasked: true, courierName: null, courierPhoneMasked: null, planned: false,
  plannedArrival: null, eta: null, etaLive: false, stopStatus: null, completedAt: null,
}

describe('delivery info at the desk', () => {
  it('says the slot and the window, or that there is none', () => {
    expect(slotText(base)).toBe('2026-05-01 10:00–12:00')
    expect(windowText(base)).toBe('不限')
    expect(windowText({ ...base, windowStart: '10:30:00', windowEnd: '11:00:00' })).toBe('10:30–11:00')
    expect(slotText(null)).toBe('—')
  })

  it('says who comes and when, once planned', () => {
    expect(courierText(base)).toBe('待排线')
    expect(etaText(base)).toBe('待排线')
    const planned = { ...base, planned: true, courierName: '周建华', courierPhoneMasked: '138****0001',
      plannedArrival: '2026-05-01T10:40:00+08:00', eta: '2026-05-01T10:40:00+08:00' }
    expect(courierText(planned)).toBe('周建华（138****0001）')
    expect(etaText(planned)).toBe('2026-05-01 10:40（计划）')
    expect(etaText({ ...planned, etaLive: true, eta: '2026-05-01T10:52:00+08:00' })).toBe('2026-05-01 10:52（按配送员实时位置）')
    expect(etaText({ ...planned, completedAt: '2026-05-01T10:45:00+08:00' })).toBe('已完成 2026-05-01 10:45')
  })
})
