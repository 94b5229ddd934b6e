// The map picker at the platform boundary. In WeChat: uni.chooseLocation (the platform's own map, GCJ-02). In the
// browser build there is no map picker without a map key, so the reader types the address and the backend locates it
// from the text — unless the page that hosts the H5 app provides a picker as `taoshuPlatform.chooseLocation` (same
// answer as uni.chooseLocation); the browser journey stubs exactly that (e2e/steps/delivery.mjs).
export interface ChosenPlace {
  name: string
  address: string
  latitude: number
  longitude: number
}

/** The place picked, null if the reader cancelled; rejects with 'unavailable' where there is no picker (plain H5). */
export function pickLocation(): Promise<ChosenPlace | null> {
  // #ifdef H5
  const host = (globalThis as { taoshuPlatform?: { chooseLocation?: () => Promise<ChosenPlace | null> } }).taoshuPlatform
  if (!host?.chooseLocation) return Promise.reject(new Error('unavailable'))
  return host.chooseLocation()
  // #endif
  // #ifndef H5
  return new Promise((resolve) => {
    uni.chooseLocation({
      success: (r) => resolve({ name: r.name, address: r.address, latitude: r.latitude, longitude: r.longitude }),
      fail: () => resolve(null), // cancelled, or the reader refused the privacy agreement / location
    })
  })
  // #endif
}
