import { describe, expect, it } from 'vitest'
import { areaProjection, distanceText, metersBetween, validPoint } from './addressMap'

const BRANCH = { lat: 28.2282, lng: 112.9388 }

describe('placing a door around the branch', () => {
  it('puts the branch in the middle and the radius circle inside the canvas', () => {
    const p = areaProjection(BRANCH, 3000, 400)
    expect(p.toPoint(BRANCH)).toEqual({ x: 200, y: 200 })
    expect(3000 / p.metersPerUnit).toBeLessThan(200)
    expect(3000 / p.metersPerUnit).toBeGreaterThan(150)
  })

  it('turns a click back into the lat/lng it shows (north up, east right)', () => {
    const p = areaProjection(BRANCH, 3000, 400)
    const door = { lat: 28.2350, lng: 112.9300 }
    const back = p.toLatLng(p.toPoint(door))
    expect(back.lat).toBeCloseTo(door.lat, 6)
    expect(back.lng).toBeCloseTo(door.lng, 6)
    expect(p.toPoint(door).y).toBeLessThan(200)
    expect(p.toPoint(door).x).toBeLessThan(200)
  })

  it('measures like the server and says it in Chinese', () => {
    expect(metersBetween(BRANCH, { lat: BRANCH.lat + 0.0378, lng: BRANCH.lng })).toBeCloseTo(4203, -1)
    expect(distanceText(4203)).toBe('4.2公里')
    expect(distanceText(3000)).toBe('3公里')
    expect(distanceText(812)).toBe('812米')
  })

  it('accepts only a real point', () => {
    expect(validPoint(28.2, 112.9)).toBe(true)
    expect(validPoint(91, 112.9)).toBe(false)
    expect(validPoint(0, 0)).toBe(false)
    expect(validPoint(null, 112.9)).toBe(false)
  })
})
