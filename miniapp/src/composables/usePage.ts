import { computed } from 'vue'
import { useElderStore } from '../stores/elder'

/** The root class of every page: `page elder` in 长辈模式. */
export function usePageClass() {
  const elder = useElderStore()
  return computed(() => ['page', elder.on ? 'elder' : ''])
}
