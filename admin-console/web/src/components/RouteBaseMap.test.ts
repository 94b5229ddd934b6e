import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { resetAmapLoader } from '@shared/amapLoader'
import type { RouteView } from '../api/types'

const get = vi.fn()
vi.mock('../api', () => ({ http: { get: (...a: unknown[]) => get(...a) } }))

import RouteBaseMap from './RouteBaseMap.vue'

type W = Window & { AMap?: unknown }

/** A stand-in AMap namespace recording what the component draws. */
function fakeAmap(opts: { mapThrows?: boolean } = {}) {
  const added: { type: string; opts: Record<string, unknown> }[] = []
  const overlay = (type: string) => class {
    constructor(public opts: Record<string, unknown>) { added.push({ type, opts }) }
    on() {}
  }
  class FakeMap {
    constructor() { if (opts.mapThrows) throw new Error('no WebGL') }
    clearMap() { added.length = 0 }
    add() {}
    setFitView() {}
    destroy() {}
  }
  return { ns: { Map: FakeMap, Marker: overlay('Marker'), Polyline: overlay('Polyline'), Circle: overlay('Circle') }, added }
}

const route = {
  id: 7, courierId: 3, courierName: '李师傅', status: 'PLANNED', slotStart: '10:00', slotEnd: '12:00',
  stops: [
    { id: 2, seq: 2, lat: 28.23, lng: 112.95, orderNo: 'B', contactName: '乙', address: '乙地', books: [] },
    { id: 1, seq: 1, lat: 28.22, lng: 112.94, orderNo: 'A', contactName: '甲', address: '甲地', books: [] },
  ],
} as unknown as RouteView

const props = {
  depot: { lat: 28.2282, lng: 112.9388, name: '测试分馆' },
  routes: [route],
  colours: new Map([[3, '#409eff']]),
  unplanned: [],
  positions: [{ staffId: 3, name: '李师傅', lat: 28.225, lng: 112.945, at: '2026-12-07T10:00:00' }],
  radiusM: 3000,
}

describe('RouteBaseMap', () => {
  beforeEach(() => {
    resetAmapLoader()
    get.mockReset()
    delete (window as W).AMap
  })
  afterEach(() => { delete (window as W).AMap })

  it('config NONE: the schematic only', async () => {
    get.mockResolvedValue({ provider: 'NONE' })
    const w = mount(RouteBaseMap, { props })
    await flushPromises()
    expect(w.find('[data-testid="route-map"]').exists()).toBe(true)
    expect(w.find('[data-testid="amap"]').isVisible()).toBe(false)
  })

  it('config unreachable: the schematic', async () => {
    get.mockRejectedValue(new Error('offline'))
    const w = mount(RouteBaseMap, { props })
    await flushPromises()
    expect(w.find('[data-testid="route-map"]').exists()).toBe(true)
  })

  it('AMap loaded: the branch, its area, the stops numbered in order, the route and the courier on the base map', async () => {
    get.mockResolvedValue({ provider: 'AMAP', key: 'k' })
    const amap = fakeAmap();
    (window as W).AMap = amap.ns
    const w = mount(RouteBaseMap, { props })
    await flushPromises()
    expect(w.find('[data-testid="route-map"]').exists()).toBe(false)
    const markers = amap.added.filter((a) => a.type === 'Marker').map((a) => String(a.opts.title))
    expect(markers[0]).toContain('李师傅 第1站 · A')
    expect(markers[1]).toContain('李师傅 第2站 · B')
    expect(markers).toContain('测试分馆（出发地）')
    expect(markers.some((t) => t.startsWith('李师傅 最后位置'))).toBe(true)
    const line = amap.added.find((a) => a.type === 'Polyline')!
    expect(line.opts.path).toEqual([[112.9388, 28.2282], [112.94, 28.22], [112.95, 28.23]])
    expect(amap.added.find((a) => a.type === 'Circle')!.opts.radius).toBe(3000)
  })

  it('AMap script there but the map cannot be created (no WebGL): back to the schematic', async () => {
    get.mockResolvedValue({ provider: 'AMAP', key: 'k' });
    (window as W).AMap = fakeAmap({ mapThrows: true }).ns
    const w = mount(RouteBaseMap, { props })
    await flushPromises()
    expect(w.find('[data-testid="route-map"]').exists()).toBe(true)
  })
})
