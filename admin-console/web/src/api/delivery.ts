// Home delivery: slots and slot templates, the dispatch board (routes, unplanned orders, courier positions, plan,
// assign, move, override), couriers, delivery applications, KPIs and the map configuration.
import { http } from './index'
import type { Query } from './http'
import type {
  CourierPosition, CourierView, DeliveryApplicationView, DeliveryKpis, PageResult, PlanResult, RouteView, SlotTemplate, SlotView,
  UnplannedOrder,
} from './types'
import type { MapConfig } from '@shared/amapLoader'

export interface SlotTemplateInput {
  startTime: string
  endTime: string
  capacity: number | null
  enabled: boolean
}

export const listSlots = (branchId: number, date: string, silent = false) =>
  http.get<SlotView[]>('/api/admin/delivery/slots', { branchId, date }, { silent })

export const listSlotTemplates = (branchId: number) =>
  http.get<SlotTemplate[]>(`/api/admin/delivery/branches/${branchId}/slot-templates`)

/** Creates the template (no id) or saves it. */
export const saveSlotTemplate = (branchId: number, id: number | null | undefined, body: SlotTemplateInput) =>
  id
    ? http.put<unknown>(`/api/admin/delivery/branches/${branchId}/slot-templates/${id}`, body)
    : http.post<unknown>(`/api/admin/delivery/branches/${branchId}/slot-templates`, body)

export const listRoutes = (q: Query) => http.get<RouteView[]>('/api/admin/delivery/routes', q)

export const listUnplanned = (q: Query) => http.get<UnplannedOrder[]>('/api/admin/delivery/unplanned', q)

export const courierPositions = (branchId: number, silent = false) =>
  http.get<CourierPosition[]>('/api/admin/delivery/couriers/positions', { branchId }, { silent })

export const planSlot = (slotId: number) => http.post<PlanResult>(`/api/admin/delivery/slots/${slotId}/plan`)

export const assignOrder = (orderId: number, courierId: number) =>
  http.post<unknown>(`/api/admin/delivery/orders/${orderId}/assign`, { courierId })

export const moveStop = (stopId: number, courierId: number) =>
  http.post<unknown>(`/api/admin/delivery/stops/${stopId}/move`, { courierId })

export const overrideStop = (stopId: number, note?: string) =>
  http.post<unknown>(`/api/admin/delivery/stops/${stopId}/override`, { note })

export const listCouriers = (q: Query) => http.get<PageResult<CourierView>>('/api/admin/delivery/couriers', q)

export const updateCourier = (staffId: number, body: object) => http.put<unknown>(`/api/admin/delivery/couriers/${staffId}`, body)

export const listApplications = (q: Query) =>
  http.get<PageResult<DeliveryApplicationView>>('/api/admin/delivery/applications', q)

export const decideApplication = (id: number, approve: boolean, note?: string | null) =>
  http.post<unknown>(`/api/admin/delivery/applications/${id}/${approve ? 'approve' : 'reject'}`, { note })

export const deliveryKpis = (q: Query) => http.get<DeliveryKpis>('/api/admin/delivery/kpis', q)

export const mapConfig = () => http.get<MapConfig>('/api/admin/map-config', undefined, { silent: true })
