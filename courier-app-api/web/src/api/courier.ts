import type { components } from './schema'
import { type Api, unwrap } from './http'

export type RouteView = components['schemas']['RouteView']
export type StopView = components['schemas']['StopView']
export type StaffSession = components['schemas']['StaffSession']
export type StaffView = components['schemas']['StaffView']
export type ContactView = components['schemas']['ContactView']
export type Started = components['schemas']['Started']

/**
 * What the courier did at a door or at the start of a route: kept as data so it can wait in the offline queue
 * (src/offline/queue.ts) and be sent later with the same Idempotency-Key.
 */
export type Action =
  | { kind: 'start'; routeId: number }
  | { kind: 'deliver'; stopId: number; code: string }
  | { kind: 'fail'; stopId: number; reason: string }
  | { kind: 'collect'; stopId: number; code: string; loanIds: number[] }

export function login(api: Api, phone: string, password: string): Promise<StaffSession> {
  return unwrap(api.POST('/api/courier/auth/login', { body: { phone, password } }))
}

export async function logout(api: Api): Promise<void> {
  await unwrap(api.POST('/api/courier/auth/logout'))
}

export function me(api: Api): Promise<StaffView> {
  return unwrap(api.GET('/api/courier/me'))
}

export function today(api: Api): Promise<RouteView[]> {
  return unwrap(api.GET('/api/courier/routes/today'))
}

export function revealContact(api: Api, stopId: number, contact: 'PRIMARY' | 'SECOND' = 'PRIMARY'): Promise<ContactView> {
  return unwrap(api.POST('/api/courier/stops/{id}/contact', { params: { path: { id: stopId } }, body: { contact } }))
}

export function ping(api: Api, lat: number, lng: number): Promise<unknown> {
  return unwrap(api.POST('/api/courier/location', { body: { lat, lng } }))
}

/** Sends one action under its Idempotency-Key: the answer of a start is {route, warning}, else the stop. */
export function send(api: Api, action: Action, key: string): Promise<Started | StopView> {
  const headers = { 'Idempotency-Key': key }
  switch (action.kind) {
    case 'start':
      return unwrap(api.POST('/api/courier/routes/{id}/start', { params: { path: { id: action.routeId } }, headers }))
    case 'deliver':
      return unwrap(api.POST('/api/courier/stops/{id}/deliver',
        { params: { path: { id: action.stopId } }, body: { code: action.code }, headers }))
    case 'fail':
      return unwrap(api.POST('/api/courier/stops/{id}/fail',
        { params: { path: { id: action.stopId } }, body: { reason: action.reason }, headers }))
    case 'collect':
      return unwrap(api.POST('/api/courier/stops/{id}/collect',
        { params: { path: { id: action.stopId } }, body: { code: action.code, loanIds: action.loanIds }, headers }))
  }
}

/** How an action is named in the 待发送 list. */
export function describe(action: Action, stopName?: string): string {
  const who = stopName ? `${stopName}：` : ''
  switch (action.kind) {
    case 'start':
      return '出发'
    case 'deliver':
      return `${who}交付`
    case 'fail':
      return `${who}未送达（${action.reason}）`
    case 'collect':
      return `${who}取还 ${action.loanIds.length} 本`
  }
}

/** The base map to draw under the route: AMap with the library's JS key, or NONE (the schematic). */
export function mapConfig(api: Api): Promise<components['schemas']['MapConfigView']> {
  return unwrap(api.GET('/api/courier/map-config'))
}
