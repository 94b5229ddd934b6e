import { onMounted, watch } from 'vue'
import { usePagedList } from './paging'
import type { PageResult } from './types'
import { useAuthStore } from '../stores/auth'

/**
 * A page's or panel's server-paged list with a branch filter (BranchSelect): it starts on the staff member's own branch
 * (all branches for one bound to none), goes back to page 1 when the branch or one of the other `watched` filters
 * changes, and loads when the component is mounted.
 */
export function useBranchPagedList<T, F extends object>(
  fetchPage: (query: F & { branchId: number | null; page: number; size: number }) => Promise<PageResult<T>>,
  filters: F,
  watched: (keyof F)[] = [],
) {
  const auth = useAuthStore()
  const list = usePagedList<T, F & { branchId: number | null }>(fetchPage, { ...filters, branchId: auth.staff?.branchId ?? null })
  watch(() => [list.filter.branchId, ...watched.map((k) => list.filter[k])], () => list.search())
  onMounted(() => list.load())
  return list
}
