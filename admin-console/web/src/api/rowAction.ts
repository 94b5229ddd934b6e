import { ref, type Ref } from 'vue'
import { ElMessage } from 'element-plus'
import { isStale } from './http'

/**
 * An action a librarian takes on a row of a list (approve, settle, cancel, check in…), after any confirmation: `acting`
 * holds the row's key meanwhile (for its button's loading state), `success` is said when done, then `done` runs and the
 * list reloads. When the server answers that the row changed meanwhile (409/404, isStale) the list reloads too, since
 * the row on screen is out of date; any other error (its msg already shown by http) leaves the list as it is.
 */
export function useRowAction<K>(reload: () => Promise<unknown>) {
  const acting = ref(null) as Ref<K | null>

  async function run(key: K, call: () => Promise<unknown>, success: string, done?: () => void): Promise<void> {
    acting.value = key
    try {
      await call()
      ElMessage.success(success)
      done?.()
    } catch (e) {
      if (!isStale(e)) return
    } finally {
      acting.value = null
    }
    await reload()
  }

  return { acting, run }
}
