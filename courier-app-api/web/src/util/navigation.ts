/** Where a stop is, for the phone's map apps (coordinates are GCJ-02, as AMap and the mini-program give them). */
export interface Place {
  lat: number
  lng: number
  name: string
}

export interface NavLink {
  app: string
  /** Opens the app when installed. */
  scheme: string
  /** Opens in the browser otherwise (AMap's web navigation, which offers the app too). */
  web: string
}

/** Riding (e-bike) directions to the place in 高德, 百度 and 腾讯 maps. */
export function navLinks(p: Place): NavLink[] {
  const name = encodeURIComponent(p.name)
  const web = `https://uri.amap.com/navigation?to=${p.lng},${p.lat},${name}&mode=ride&coordinate=gaode&callnative=1&src=taoshu`
  return [
    { app: '高德地图', scheme: `amapuri://route/plan/?dlat=${p.lat}&dlon=${p.lng}&dname=${name}&dev=0&t=3&sourceApplication=taoshu`, web },
    {
      app: '百度地图',
      scheme: `baidumap://map/direction?destination=latlng:${p.lat},${p.lng}|name:${name}&coord_type=gcj02&mode=riding&src=taoshu`,
      web: `https://api.map.baidu.com/direction?destination=latlng:${p.lat},${p.lng}|name:${name}&coord_type=gcj02&mode=riding&output=html&src=taoshu`,
    },
    {
      app: '腾讯地图',
      scheme: `qqmap://map/routeplan?type=bike&to=${name}&tocoord=${p.lat},${p.lng}&referer=taoshu`,
      web: `https://apis.map.qq.com/uri/v1/routeplan?type=bike&to=${name}&tocoord=${p.lat},${p.lng}&referer=taoshu`,
    },
  ]
}

/** Tries the app; when the page is still in front after a moment (no such app), opens the web page instead. */
export function openNav(link: NavLink, win: Window = window, delayMs = 1500) {
  let left = false
  const onHide = () => {
    left = true
  }
  win.document.addEventListener('visibilitychange', onHide, { once: true })
  win.location.href = link.scheme
  win.setTimeout(() => {
    win.document.removeEventListener('visibilitychange', onHide)
    if (!left && win.document.visibilityState === 'visible') win.location.href = link.web
  }, delayMs)
}
