import { describe, expect, it } from 'vitest'
import { areaPoints, durationText, fitProjection, metersBetween, ROUTE_PALETTE, routeColours, routePath, scaleBar, stopBooks, stopTitle } from './deliveryMap'

const BRANCH = { lat: 28.2282, lng: 112.9388 }

describe('projection of lat/lng onto the map canvas', () => {
  it('keeps every point inside the padded canvas, north up and east right', () => {
    const points = [BRANCH, { lat: 28.24, lng: 112.93 }, { lat: 28.22, lng: 112.95 }]
    const p = fitProjection(points, 800, 500, 20)
    for (const pt of points.map(p.toPoint)) {
      expect(pt.x).toBeGreaterThanOrEqual(20 - 1e-9)
      expect(pt.x).toBeLessThanOrEqual(780 + 1e-9)
      expect(pt.y).toBeGreaterThanOrEqual(20 - 1e-9)
      expect(pt.y).toBeLessThanOrEqual(480 + 1e-9)
    }
    const north = p.toPoint({ lat: 28.24, lng: 112.94 })
    const south = p.toPoint({ lat: 28.22, lng: 112.94 })
    expect(north.y).toBeLessThan(south.y)
    const east = p.toPoint({ lat: 28.23, lng: 112.95 })
    const west = p.toPoint({ lat: 28.23, lng: 112.93 })
    expect(east.x).toBeGreaterThan(west.x)
  })

  it('draws a metre east as long as a metre north (longitude shrunk by cos(latitude))', () => {
    const p = fitProjection([{ lat: 28.2, lng: 112.9 }, { lat: 28.3, lng: 113.0 }], 1000, 1000, 0)
    const a = p.toPoint({ lat: 28.25, lng: 112.95 })
    const b = p.toPoint({ lat: 28.26, lng: 112.95 }) // ~1112 m north
    const c = p.toPoint({ lat: 28.25, lng: 112.95 + 0.01 / Math.cos((28.25 * Math.PI) / 180) }) // ~1112 m east
    expect(Math.abs(a.y - b.y)).toBeCloseTo(Math.abs(c.x - a.x), 0)
    expect(Math.abs(a.y - b.y) * p.metersPerUnit).toBeCloseTo(1112, -1)
  })

  it('fills the limiting side exactly and centres the other', () => {
    // a wide east–west spread: width limits, the points sit on the vertical middle
    const p = fitProjection([{ lat: 28.23, lng: 112.90 }, { lat: 28.23, lng: 113.00 }], 800, 500, 50)
    const w = p.toPoint({ lat: 28.23, lng: 112.90 })
    const e = p.toPoint({ lat: 28.23, lng: 113.00 })
    expect(w.x).toBeCloseTo(50)
    expect(e.x).toBeCloseTo(750)
    expect(w.y).toBeCloseTo(250)
  })

  it('centres a single point and ignores missing coordinates', () => {
    const p = fitProjection([BRANCH, null, undefined, { lat: Number.NaN, lng: 1 }], 800, 500)
    expect(p.toPoint(BRANCH)).toEqual({ x: 400, y: 250 })
    const empty = fitProjection([], 800, 500)
    expect(empty.toPoint(BRANCH)).toEqual({ x: 400, y: 250 })
  })

  it('does not blow two doors in one street up to the whole canvas', () => {
    const p = fitProjection([BRANCH, { lat: BRANCH.lat + 0.0001, lng: BRANCH.lng }], 800, 500, 0, 400) // ~11 m apart
    const a = p.toPoint(BRANCH)
    const b = p.toPoint({ lat: BRANCH.lat + 0.0001, lng: BRANCH.lng })
    expect(Math.abs(a.y - b.y)).toBeLessThan(20)
  })
})

describe('route colours', () => {
  it('gives each courier its own colour, stable whatever order the routes come in', () => {
    const one = routeColours([42, 7, 19])
    const two = routeColours([19, 42, 7, 7])
    expect(one.get(7)).toBe(ROUTE_PALETTE[0])
    expect(one.get(19)).toBe(ROUTE_PALETTE[1])
    expect(one.get(42)).toBe(ROUTE_PALETTE[2])
    expect([...two.entries()]).toEqual([...one.entries()].sort((a, b) => a[0] - b[0]))
    expect(new Set(one.values()).size).toBe(3)
  })

  it('reuses the palette when there are more couriers than colours', () => {
    const ids = Array.from({ length: ROUTE_PALETTE.length + 2 }, (_, i) => i + 1)
    const colours = routeColours(ids)
    expect(colours.size).toBe(ids.length)
    expect(colours.get(ROUTE_PALETTE.length + 1)).toBe(ROUTE_PALETTE[0])
  })
})

describe('drawing helpers', () => {
  it('builds the route line through the stops in order, round trip from the depot', () => {
    expect(routePath([{ x: 1, y: 2 }, { x: 3.25, y: 4 }])).toBe('M1.0 2.0 L3.3 4.0')
    expect(routePath([{ x: 10, y: 10 }], { x: 0, y: 0 })).toBe('M0.0 0.0 L10.0 10.0 L0.0 0.0')
  })

  it('picks a round scale-bar length', () => {
    expect(scaleBar(5, 100)).toEqual({ units: 100, label: '500 米' })
    expect(scaleBar(7, 100)).toEqual({ units: 500 / 7, label: '500 米' })
    expect(scaleBar(25, 100)).toEqual({ units: 80, label: '2 公里' })
  })

  it('says travel time in minutes and hours', () => {
    expect(durationText(720)).toBe('12分钟')
    expect(durationText(3900)).toBe('1小时5分')
    expect(durationText(7200)).toBe('2小时')
    expect(durationText(null)).toBe('—')
  })
})

describe('stops', () => {
  it('names a delivery by its order and a return pickup by its number', () => {
    expect(stopTitle({ orderNo: 'TS202611250001' })).toBe('TS202611250001')
    expect(stopTitle({ kind: 'DELIVERY', orderNo: 'TS202611250001', returnPickupId: null })).toBe('TS202611250001')
    expect(stopTitle({ kind: 'PICKUP', orderNo: null, returnPickupId: 7 })).toBe('上门取书 #7')
    expect(stopBooks({ books: [{}, {}] })).toBe('送 2 本')
    expect(stopBooks({ kind: 'PICKUP', books: [], collect: [{}] })).toBe('取 1 本')
  })
})

describe('the map fitted to the branch\'s delivery area', () => {
  it('spans the delivery disc whatever else there is, so one ping far away does not rescale the map', () => {
    const area = areaPoints(BRANCH, 5000)
    expect(metersBetween(BRANCH, area[0])).toBeCloseTo(5000, -1)
    expect(metersBetween(BRANCH, area[2])).toBeCloseTo(5000, -1)
    const p = fitProjection(area, 800, 520, 36)
    // 10 km across the shorter side (448 units): the scale bar reads kilometres of the city, not "1000 公里"
    expect(p.metersPerUnit * 448).toBeCloseTo(10_000, -2)
    expect(scaleBar(p.metersPerUnit, 120).label).toBe('2 公里')
    const far = fitProjection([...area, { lat: 39.9042, lng: 116.4074 }], 800, 520, 36)
    expect(scaleBar(far.metersPerUnit, 120).label).not.toBe('2 公里') // what fitting to every point did
  })
})
