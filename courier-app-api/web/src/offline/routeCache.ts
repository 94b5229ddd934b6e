import type { RouteView } from '../api/courier'
import type { KeyValueStore } from './queue'

const KEY = 'taoshu-courier-routes'

export interface CachedRoutes {
  courierId: number
  date: string
  savedAt: number
  routes: RouteView[]
}

/**
 * The day's routes as last fetched, so the courier can read stops, addresses and books with no signal. Only the
 * logged-in courier's own, only today's; cleared on logout.
 */
export function saveRoutes(store: KeyValueStore, courierId: number, date: string, routes: RouteView[], now = Date.now()) {
  store.setItem(KEY, JSON.stringify({ courierId, date, savedAt: now, routes } satisfies CachedRoutes))
}

export function loadRoutes(store: KeyValueStore, courierId: number, date: string): CachedRoutes | null {
  try {
    const raw = store.getItem(KEY)
    const cached = raw ? (JSON.parse(raw) as CachedRoutes) : null
    return cached && cached.courierId === courierId && cached.date === date ? cached : null
  } catch {
    return null
  }
}

export function clearRoutes(store: KeyValueStore) {
  store.removeItem(KEY)
}

/** Today in the library's time zone (Asia/Shanghai), as the backend counts days. */
export function libraryDate(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now)
}
