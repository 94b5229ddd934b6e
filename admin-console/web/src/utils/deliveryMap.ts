// Drawing a slot's delivery plan without map tiles: lat/lng are projected onto a plain SVG (equirectangular around
// the points' middle latitude, so one metre east is as long as one metre north at a city's scale), one colour a route.

export interface LatLng {
  lat: number
  lng: number
}

export interface Point {
  x: number
  y: number
}

export interface Projection {
  toPoint: (p: LatLng) => Point
  /** Metres one SVG unit stands for (for the scale bar). */
  metersPerUnit: number
}

const EARTH_RADIUS_M = 6_371_000
const RAD = Math.PI / 180

function usable(p: LatLng | null | undefined): p is LatLng {
  return !!p && Number.isFinite(p.lat) && Number.isFinite(p.lng)
}

/**
 * Fits every point into width × height leaving `padding` on each side, north up, keeping distances true in both
 * directions. A single point (or none) is centred; the smallest span drawn is `minSpanM` metres so a few doors in
 * one street are not blown up to the whole canvas.
 */
export function fitProjection(points: (LatLng | null | undefined)[], width: number, height: number, padding = 24,
  minSpanM = 400): Projection {
  const pts = points.filter(usable)
  const innerW = Math.max(1, width - 2 * padding)
  const innerH = Math.max(1, height - 2 * padding)
  if (pts.length === 0) {
    return { toPoint: () => ({ x: width / 2, y: height / 2 }), metersPerUnit: minSpanM / Math.min(innerW, innerH) }
  }
  const lats = pts.map((p) => p.lat)
  const lngs = pts.map((p) => p.lng)
  const minLat = Math.min(...lats)
  const maxLat = Math.max(...lats)
  const minLng = Math.min(...lngs)
  const maxLng = Math.max(...lngs)
  const midLat = (minLat + maxLat) / 2
  const midLng = (minLng + maxLng) / 2
  const kx = Math.cos(midLat * RAD) * RAD * EARTH_RADIUS_M // metres per degree of longitude here
  const ky = RAD * EARTH_RADIUS_M // metres per degree of latitude
  const spanX = Math.max((maxLng - minLng) * kx, minSpanM)
  const spanY = Math.max((maxLat - minLat) * ky, minSpanM)
  const unitsPerMeter = Math.min(innerW / spanX, innerH / spanY)
  return {
    toPoint: (p) => ({
      x: width / 2 + (p.lng - midLng) * kx * unitsPerMeter,
      y: height / 2 - (p.lat - midLat) * ky * unitsPerMeter,
    }),
    metersPerUnit: 1 / unitsPerMeter,
  }
}

const METERS_PER_DEG_LAT = RAD * EARTH_RADIUS_M

/**
 * The four extreme points of a branch's delivery disc: what the map is fitted to, so the scale is the branch's area
 * whatever is drawn on it (one far-away courier ping no longer shrinks the city to a dot).
 */
export function areaPoints(centre: LatLng, radiusM: number): LatLng[] {
  const dLat = radiusM / METERS_PER_DEG_LAT
  const dLng = radiusM / (METERS_PER_DEG_LAT * Math.cos(centre.lat * RAD))
  return [
    { lat: centre.lat + dLat, lng: centre.lng },
    { lat: centre.lat - dLat, lng: centre.lng },
    { lat: centre.lat, lng: centre.lng + dLng },
    { lat: centre.lat, lng: centre.lng - dLng },
  ]
}

/** Approximate distance in metres (equirectangular: exact enough within a city). */
export function metersBetween(a: LatLng, b: LatLng): number {
  const x = (b.lng - a.lng) * Math.cos(((a.lat + b.lat) / 2) * RAD) * METERS_PER_DEG_LAT
  const y = (b.lat - a.lat) * METERS_PER_DEG_LAT
  return Math.hypot(x, y)
}

/** Distinct colours that read on white and for most colour-blind eyes (Okabe–Ito order, then darker extras). */
export const ROUTE_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7A4FBF', '#8C6D1F',
  '#1B7837', '#B2182B']

/**
 * One colour per courier, stable while the list of couriers stays the same (sorted by id, so re-planning a slot does
 * not repaint everybody); more couriers than colours reuse the palette.
 */
export function routeColours(courierIds: number[]): Map<number, string> {
  const ids = [...new Set(courierIds)].sort((a, b) => a - b)
  return new Map(ids.map((id, i) => [id, ROUTE_PALETTE[i % ROUTE_PALETTE.length]]))
}

/** SVG path "M x y L x y …" through the points; starting and ending at the depot when it is given. */
export function routePath(points: Point[], depot?: Point): string {
  const all = depot ? [depot, ...points, depot] : points
  return all.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ')
}

/** A round scale-bar length (1, 2 or 5 × 10ⁿ metres) close to `targetUnits` SVG units, and its label. */
export function scaleBar(metersPerUnit: number, targetUnits = 100): { units: number; label: string } {
  const target = metersPerUnit * targetUnits
  const power = Math.pow(10, Math.floor(Math.log10(target)))
  const step = [1, 2, 5, 10].map((f) => f * power).filter((m) => m <= target).pop() ?? power
  return { units: step / metersPerUnit, label: step >= 1000 ? `${step / 1000} 公里` : `${step} 米` }
}

/** Seconds → "1小时5分" / "12分钟". */
export function durationText(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—'
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes}分钟`
  return `${Math.floor(minutes / 60)}小时${minutes % 60 ? `${minutes % 60}分` : ''}`
}

/** What a stop is about: its order number, or the return pickup it collects. */
export function stopTitle(s: { kind?: string; orderNo: string | null; returnPickupId?: number | null }): string {
  if (s.kind === 'PICKUP' || (!s.orderNo && s.returnPickupId)) return `上门取书 #${s.returnPickupId ?? '—'}`
  return s.orderNo ?? '—'
}

/** "送 2 本" / "取 1 本". */
export function stopBooks(s: { kind?: string; books?: unknown[]; collect?: unknown[] }): string {
  return s.kind === 'PICKUP' ? `取 ${s.collect?.length ?? 0} 本` : `送 ${s.books?.length ?? 0} 本`
}
