import { computed } from 'vue'
import { onShow } from '@dcloudio/uni-app'
import { applyTabBar, useElderStore } from '../stores/elder'

/** The root class of every page (`page elder` in 长辈模式); on each show the tab bar follows the mode. */
export function usePageClass() {
  const elder = useElderStore()
  onShow(() => applyTabBar(elder.on))
  return computed(() => ['page', elder.on ? 'elder' : ''])
}
