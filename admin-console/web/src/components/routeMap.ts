// What both route maps take: the SVG schematic (RouteMap) and the AMap base map over it (RouteBaseMap) draw the same
// slot plan and report the same stop selection.
import type { CourierPosition, RouteView, StopView, UnplannedOrder } from '../api/types'
import type { LatLng } from '../utils/deliveryMap'

export interface RouteMapProps {
  depot: (LatLng & { name: string }) | null
  routes: RouteView[]
  colours: Map<number, string>
  unplanned: UnplannedOrder[]
  positions: CourierPosition[]
  selectedStopId?: number | null
  /** The branch's delivery radius in metres: the area the map shows. */
  radiusM?: number | null
}

export interface RouteMapEmits {
  (e: 'select-stop', stop: StopView, route: RouteView): void
}
