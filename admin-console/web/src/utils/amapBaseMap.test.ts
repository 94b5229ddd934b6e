import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { badge, baseMap, escapeHtml, type BaseMapOptions } from '@shared/amapBaseMap'
import { resetAmapLoader } from '@shared/amapLoader'

type W = Window & { AMap?: unknown }
const win = window as unknown as W

describe('badge: the HTML of a numbered marker', () => {
  it('escapes its text', () => {
    expect(escapeHtml(`<b>"&'`)).toBe('&lt;b&gt;&quot;&amp;&#39;')
    expect(badge('<1>', '#409eff')).toContain('>&lt;1&gt;</div>')
  })

  it('a filled white-bordered circle of 22 px with a 12 px font by default', () => {
    const html = badge('3', '#409eff')
    expect(html).toContain('width:22px;height:22px;line-height:18px;border-radius:50%;')
    expect(html).toContain('background:#409eff;border:2px solid #fff;color:#fff;')
    expect(html).toContain('font:700 12px sans-serif;box-shadow:0 1px 3px rgba(0,0,0,0.35)')
  })

  it('square, hollow (dashed outline in the colour), size, font and shadow as asked', () => {
    expect(badge('馆', '#1f2d3d', { shape: 'square', size: 26 })).toContain('width:26px;height:26px;line-height:22px;border-radius:4px;')
    expect(badge('!', '#909399', { shape: 'hollow' })).toContain('background:#fff;border:2px dashed #909399;color:#909399;')
    const courier = badge('1', '#0b5cad', { size: 26, fontPx: 14, shadow: 0.4 })
    expect(courier).toContain('font:700 14px sans-serif;box-shadow:0 1px 3px rgba(0,0,0,0.4)')
  })
})

/** A stand-in AMap namespace: records the maps made and what they were given. */
function fakeAmap(how: { mapThrows?: boolean } = {}) {
  const maps: FakeMap[] = []
  class FakeMap {
    added: unknown[] = []
    cleared = 0
    fit: unknown[] = []
    destroyed = false
    constructor(public el: unknown, public opts: unknown) {
      if (how.mapThrows) throw new Error('no WebGL')
      maps.push(this)
    }
    clearMap() { this.cleared++; this.added = [] }
    add(o: unknown[]) { this.added.push(...o) }
    setFitView(...a: unknown[]) { this.fit = a }
    destroy() { this.destroyed = true }
  }
  return { ns: { Map: FakeMap }, maps }
}

function options(over: Partial<BaseMapOptions> = {}) {
  const shown: boolean[] = []
  const el = document.createElement('div')
  const o: BaseMapOptions = {
    config: async () => ({ provider: 'AMAP', key: 'k' }),
    show: async (s) => { shown.push(s) },
    element: () => el,
    mapOptions: () => ({ zoom: 14 }),
    overlays: () => ['a', 'b'],
    fitPadding: 36,
    ...over,
  }
  return { o, shown, el }
}

describe('baseMap: the life of an AMap base map', () => {
  beforeEach(() => {
    resetAmapLoader()
    delete win.AMap
  })
  afterEach(() => { delete win.AMap })

  it('no key, or the config unreachable: never shown, no map', async () => {
    const none = options({ config: async () => ({ provider: 'NONE' }) })
    await baseMap(none.o).start()
    const failing = options({ config: () => Promise.reject(new Error('offline')) })
    await baseMap(failing.o).start()
    expect(none.shown).toEqual([])
    expect(failing.shown).toEqual([])
  })

  it('loaded: shown first, the map made in the element with its options, overlays drawn and the view fitted', async () => {
    const amap = fakeAmap()
    win.AMap = amap.ns
    const { o, shown, el } = options()
    const m = baseMap(o)
    m.redraw() // before the map exists: nothing
    await m.start()
    expect(shown).toEqual([true])
    expect(amap.maps).toHaveLength(1)
    expect(amap.maps[0].el).toBe(el)
    expect(amap.maps[0].opts).toEqual({ zoom: 14 })
    expect(amap.maps[0].added).toEqual(['a', 'b'])
    expect(amap.maps[0].fit).toEqual([null, false, [36, 36, 36, 36]])
    m.redraw()
    expect(amap.maps[0].cleared).toBe(2)
    expect(amap.maps[0].added).toEqual(['a', 'b'])
    m.dispose()
    expect(amap.maps[0].destroyed).toBe(true)
  })

  it('the map cannot be made (no WebGL): hidden again, redraw does nothing', async () => {
    const amap = fakeAmap({ mapThrows: true })
    win.AMap = amap.ns
    const overlays = vi.fn(() => [])
    const { o, shown } = options({ overlays })
    const m = baseMap(o)
    await m.start()
    m.redraw()
    expect(shown).toEqual([true, false])
    expect(overlays).not.toHaveBeenCalled()
  })

  it('disposed while loading: the map is never made', async () => {
    const amap = fakeAmap()
    win.AMap = amap.ns
    const { o, shown } = options()
    const m = baseMap(o)
    const started = m.start()
    m.dispose()
    await started
    expect(shown).toEqual([])
    expect(amap.maps).toHaveLength(0)
  })
})
