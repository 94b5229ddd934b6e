import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import { createApi } from '../api/http'
import * as courierApi from '../api/courier'
import type { Action, RouteView, StaffView, StopView, Started } from '../api/courier'
import { OfflineQueue, type Outcome } from '../offline/queue'
import { clearRoutes, libraryDate, loadRoutes, saveRoutes } from '../offline/routeCache'
import { PositionReporter } from '../geo/reporter'

const TOKEN = 'taoshu-courier-token'
const STAFF = 'taoshu-courier-staff'

function readStaff(): StaffView | null {
  try {
    return JSON.parse(localStorage.getItem(STAFF) ?? 'null') as StaffView | null
  } catch {
    return null
  }
}

/**
 * The courier's session (kept in localStorage: stays logged in for the shift until the server ends it), today's routes
 * (cached for reading with no signal), the offline queue of actions and the position reporter.
 */
export const useCourier = defineStore('courier', () => {
  const token = ref<string | null>(localStorage.getItem(TOKEN))
  const staff = ref<StaffView | null>(readStaff())
  const routes = ref<RouteView[]>([])
  const loadedAt = ref<number | null>(null)
  const offlineCopy = ref(false)
  const online = ref(navigator.onLine)

  const api = createApi({
    token: () => token.value,
    expired: () => forget(),
  })

  const queue = shallowRef(new OfflineQueue<Action, Started | StopView>(localStorage,
    (action, key) => courierApi.send(api, action, key)))
  queue.value.subscribe(() => triggerRef(queue))

  const reporter = shallowRef(new PositionReporter(navigator.geolocation,
    (lat, lng) => courierApi.ping(api, lat, lng), () => triggerRef(reporter)))

  const loggedIn = computed(() => token.value !== null)
  const pending = computed(() => queue.value.items)
  const refused = computed(() => queue.value.refused)
  const routeOut = computed(() => routes.value.some((r) => r.status === 'STARTED'))

  function forget() {
    reporter.value.stop()
    token.value = null
    staff.value = null
    routes.value = []
    localStorage.removeItem(TOKEN)
    localStorage.removeItem(STAFF)
    clearRoutes(localStorage)
  }

  async function login(phone: string, password: string) {
    const session = await courierApi.login(api, phone, password)
    token.value = session.token
    staff.value = session.staff
    localStorage.setItem(TOKEN, session.token)
    localStorage.setItem(STAFF, JSON.stringify(session.staff))
  }

  async function logout() {
    try {
      await courierApi.logout(api)
    } catch {
      // no signal: the session lapses on the server by itself
    }
    queue.value.clear()
    forget()
  }

  /** Today's routes from the server; with no signal, the copy saved the last time (flagged as such). */
  async function load() {
    const courierId = staff.value?.id ?? 0
    try {
      routes.value = await courierApi.today(api)
      loadedAt.value = Date.now()
      offlineCopy.value = false
      saveRoutes(localStorage, courierId, libraryDate(), routes.value)
    } catch (e) {
      const cached = loadRoutes(localStorage, courierId, libraryDate())
      if (!cached) throw e
      routes.value = cached.routes
      loadedAt.value = cached.savedAt
      offlineCopy.value = true
    }
    track()
  }

  /** Position reporting runs exactly while one of today's routes is out. */
  function track() {
    if (routeOut.value) reporter.value.start()
    else reporter.value.stop()
  }

  function stop(id: number): { route: RouteView; stop: StopView } | null {
    for (const route of routes.value) {
      const found = route.stops.find((s) => s.id === id)
      if (found) return { route, stop: found }
    }
    return null
  }

  /** The action that waits in the queue for a stop (shown as 待发送 on it). */
  function queuedFor(stopId: number) {
    return queue.value.items.find((i) => 'stopId' in i.action && i.action.stopId === stopId)
  }

  /** Submits an action through the queue and applies what it did to the routes on screen. */
  async function act(action: Action, label: string): Promise<Outcome<Started | StopView>> {
    const outcome = await queue.value.submit(action, label)
    if (outcome.state === 'sent') apply(outcome.result)
    if (outcome.state === 'queued' && action.kind === 'start') {
      const route = routes.value.find((r) => r.id === action.routeId)
      if (route) route.status = 'STARTED'
    }
    saveRoutes(localStorage, staff.value?.id ?? 0, libraryDate(), routes.value)
    track()
    return outcome
  }

  function apply(result: Started | StopView) {
    if ('route' in result) {
      routes.value = routes.value.map((r) => (r.id === result.route.id ? result.route : r))
      return
    }
    for (const route of routes.value) {
      const i = route.stops.findIndex((s) => s.id === result.id)
      if (i >= 0) route.stops[i] = result
    }
  }

  /** Back online (or the periodic retry): send what waits, then refresh the routes from the server. */
  async function flush() {
    if (!loggedIn.value) return
    const before = queue.value.size
    await queue.value.replay()
    if (before > 0 && queue.value.size < before) {
      try {
        await load()
      } catch {
        // still weak: the next retry refreshes
      }
    }
  }

  window.addEventListener('online', () => {
    online.value = true
    void flush()
  })
  window.addEventListener('offline', () => {
    online.value = false
  })
  setInterval(() => void flush(), 15_000)

  return {
    api, token, staff, routes, loadedAt, offlineCopy, online, queue, reporter, loggedIn, pending, refused, routeOut,
    login, logout, load, stop, queuedFor, act, flush, track,
  }
})
