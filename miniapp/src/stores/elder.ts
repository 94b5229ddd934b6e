// 长辈模式: larger type (≥ 18 px), larger tap targets (≥ 48 px), higher contrast and a simplified home.
// One tap on 我的 switches it; it is remembered in storage, so the next start opens in the same mode.
import { defineStore } from 'pinia'

export const ELDER_KEY = 'taoshu.elderMode'

export const useElderStore = defineStore('elder', {
  state: () => ({ on: uni.getStorageSync(ELDER_KEY) === true }),
  actions: {
    set(on: boolean) {
      this.on = on
      uni.setStorageSync(ELDER_KEY, on)
      applyTabBar(on)
    },
    toggle() {
      this.set(!this.on)
    },
  },
})

/** In 长辈模式 the tab bar (small type the platform draws) gives way to the big buttons of the simplified home. */
export function applyTabBar(on: boolean) {
  const done = { fail: () => {} }
  if (on) uni.hideTabBar(done)
  else uni.showTabBar(done)
  // #ifdef H5
  // the browser draws the navigation bar itself (WeChat draws its own): enlarge its title too
  if (typeof document !== 'undefined') document.body.classList.toggle('elder-mode', on)
  // #endif
}
