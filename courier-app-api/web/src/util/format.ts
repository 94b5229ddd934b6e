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
