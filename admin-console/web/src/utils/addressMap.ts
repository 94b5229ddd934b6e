// Placing a reader's door on a plain SVG around their branch (no map tiles: the CSP allows only 'self'). The canvas is
// a square centred on the branch, spanning the delivery radius with a margin; a click turns back into lat/lng.

import type { LatLng, Point } from './deliveryMap'

const EARTH_RADIUS_M = 6_371_000
const RAD = Math.PI / 180

export interface AreaProjection {
  toPoint: (p: LatLng) => Point
  toLatLng: (p: Point) => LatLng
  /** Metres one SVG unit stands for. */
  metersPerUnit: number
}

/**
 * A size × size canvas centred on `centre`, showing `radiusM` × `margin` metres each way (north up, a metre east as long
 * as a metre north), with the inverse a click needs.
 */
export function areaProjection(centre: LatLng, radiusM: number, size: number, margin = 1.25): AreaProjection {
  const kx = Math.cos(centre.lat * RAD) * RAD * EARTH_RADIUS_M // metres per degree of longitude here
  const ky = RAD * EARTH_RADIUS_M
  const metersPerUnit = (Math.max(radiusM, 100) * margin * 2) / size
  const half = size / 2
  return {
    toPoint: (p) => ({ x: half + ((p.lng - centre.lng) * kx) / metersPerUnit, y: half - ((p.lat - centre.lat) * ky) / metersPerUnit }),
    toLatLng: (p) => ({
      lat: round7(centre.lat - ((p.y - half) * metersPerUnit) / ky),
      lng: round7(centre.lng + ((p.x - half) * metersPerUnit) / kx),
    }),
    metersPerUnit,
  }
}

/** Great-circle distance in metres (the server measures the delivery radius the same way). */
export function metersBetween(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD
  const dLng = (b.lng - a.lng) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h))
}

/** 4200 → "4.2公里", 800 → "800米". */
export function distanceText(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)}米` : `${(Math.round(meters / 100) / 10).toString()}公里`
}

/** A usable GCJ-02 point: both numbers, in range, not (0, 0). */
export function validPoint(lat: number | null | undefined, lng: number | null | undefined): boolean {
  return typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng)
    && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && !(lat === 0 && lng === 0)
}

function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7
}
