// What the two route maps on an AMap base map share (the admin dispatch board and the courier's 今日路线): the HTML of
// their numbered badges, and the life of the map — fetch the config, load the script (amapLoader), create the map in the
// element the component shows, draw its overlays, redraw, destroy. Framework-free (no npm imports; see README.md): the
// component passes in how to show or hide its map element, and keeps its schematic whenever this answers "not shown".
// Its test is admin-console/web/src/utils/amapBaseMap.test.ts, run once by the admin build.
import { loadAmap, type AMapNamespace, type MapConfig } from './amapLoader'

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

export interface BadgeStyle {
  /** filled circle (default), filled rounded square, or a white circle with a dashed outline */
  shape?: 'circle' | 'square' | 'hollow'
  /** width and height in px (default 22) */
  size?: number
  /** font size in px (default 12) */
  fontPx?: number
  /** the drop shadow's opacity (default .35) */
  shadow?: number
}

/** A marker's content: a round (or square) badge of the given colour with white text, escaped. */
export function badge(text: string, background: string, style: BadgeStyle = {}): string {
  const { shape = 'circle', size = 22, fontPx = 12, shadow = 0.35 } = style
  const radius = shape === 'square' ? '4px' : '50%'
  const fill = shape === 'hollow' ? `background:#fff;border:2px dashed ${background};color:${background}` : `background:${background};border:2px solid #fff;color:#fff`
  return `<div style="width:${size}px;height:${size}px;line-height:${size - 4}px;border-radius:${radius};${fill};`
    + `text-align:center;font:700 ${fontPx}px sans-serif;box-shadow:0 1px 3px rgba(0,0,0,${shadow});box-sizing:border-box">${escapeHtml(text)}</div>`
}

export interface BaseMapOptions {
  /** GET …/map-config of the app; a failure means no key (the schematic) */
  config: () => Promise<MapConfig>
  /** show (true) or hide (false) the map's element; resolves once the element is laid out (Vue: set a ref, nextTick) */
  show: (shown: boolean) => Promise<void>
  /** the element the map goes in (shown by then) */
  element: () => HTMLElement | null | undefined
  /** options of new AMap.Map (zoom, center) */
  mapOptions: () => Record<string, unknown>
  /** the overlays to put on the map, built with the loaded namespace */
  overlays: (A: AMapNamespace) => unknown[]
  /** padding in px around the overlays when fitting the view */
  fitPadding: number
}

export interface BaseMap {
  /** load and create the map; on any failure (no key, no script, no WebGL) the map stays hidden */
  start(): Promise<void>
  /** draw the overlays anew (after the component's data changed); nothing before the map exists */
  redraw(): void
  /** destroy the map; a start still under way gives up */
  dispose(): void
}

export function baseMap(o: BaseMapOptions): BaseMap {
  let A: AMapNamespace | null = null
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let map: any = null
  let disposed = false

  function redraw() {
    if (!A || !map) return
    map.clearMap()
    map.add(o.overlays(A))
    const p = o.fitPadding
    map.setFitView(null, false, [p, p, p, p])
  }

  async function start() {
    let config: MapConfig | null = null
    try {
      config = await o.config()
    } catch {
      // unreachable config: the schematic
    }
    const loaded = await loadAmap(config)
    if (!loaded || disposed) return
    try {
      await o.show(true)
      map = new loaded.Map(o.element(), o.mapOptions())
      A = loaded
      redraw()
    } catch {
      // no WebGL, a broken script: the schematic stays
      map = null
      A = null
      await o.show(false)
    }
  }

  function dispose() {
    disposed = true
    map?.destroy()
    map = null
  }

  return { start, redraw, dispose }
}
