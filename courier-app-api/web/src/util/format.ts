import type { StopView } from '../api/courier'

/** HH:mm of an ISO date-time in the library's time zone. */
export function hm(iso?: string | null): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false })
    .format(new Date(iso))
}

/** "10:00" of a LocalTime "10:00:00". */
export function hhmm(time?: string | null): string {
  return time ? time.slice(0, 5) : ''
}

export function done(stop: StopView): boolean {
  return stop.status === 'DELIVERED' || stop.status === 'COLLECTED' || stop.status === 'FAILED'
}

/** The reader's narrower window when they gave one, else the slot. */
export function windowOf(stop: StopView): string {
  const d = stop.delivery
  if (d?.windowStart && d?.windowEnd) return `${hhmm(d.windowStart)}–${hhmm(d.windowEnd)}`
  return ''
}

/**
 * The route's departure line: "计划 09:57 出发 · 骑行约 14 分钟" for a planned route; a route a librarian assigned by
 * hand has no planned start or travel time, and says so instead of "计划  出发 · 骑行约 0 分钟".
 */
export function departureText(route: { plannedStart?: string | null; travelSeconds?: number | null }): string {
  if (!route.plannedStart) return '馆员指派的路线，未排线：按站序送达'
  return `计划 ${hm(route.plannedStart)} 出发 · 骑行约 ${Math.round((route.travelSeconds ?? 0) / 60)} 分钟`
}
