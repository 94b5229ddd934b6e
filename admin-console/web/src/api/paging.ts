import { reactive, ref, shallowRef, type Ref } from 'vue'
import type { PageResult } from './types'

export const PAGE_SIZES = [10, 20, 50, 100]
export const MAX_PAGE_SIZE = 100

/** Page size the API accepts (1..100). */
export function clampSize(size: number): number {
  if (!Number.isFinite(size) || size < 1) return 20
  return Math.min(Math.floor(size), MAX_PAGE_SIZE)
}

/** The last page that still has rows (after deleting/handling the last row of the last page, step back). */
export function lastValidPage(page: number, total: number, size: number): number {
  const pages = Math.max(1, Math.ceil(total / Math.max(1, size)))
  return Math.min(Math.max(1, page), pages)
}

/** What a paged table shows of a usePagedList: the page's rows, the total, page and size, and whether it loads. */
export interface PagedList<T> {
  records: Readonly<Ref<T[]>>
  total: Readonly<Ref<number>>
  page: Readonly<Ref<number>>
  size: Readonly<Ref<number>>
  loading: Readonly<Ref<boolean>>
  onPageChange: (page: number) => Promise<void>
  onSizeChange: (size: number) => Promise<void>
}

/**
 * A server-side paginated list: `load()` fetches {records,total,page,size} for the current page/size and filters;
 * `search()` goes back to page 1; `refresh()` reloads and steps back when the page became empty.
 */
export function usePagedList<T, F extends object>(
  fetchPage: (query: F & { page: number; size: number }) => Promise<PageResult<T>>,
  filters: F,
  initialSize = 20,
) {
  const records = shallowRef<T[]>([])
  const total = ref(0)
  const page = ref(1)
  const size = ref(clampSize(initialSize))
  const loading = ref(false)
  const filter = reactive(filters) as F
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const result = await fetchPage({ ...(filter as F), page: page.value, size: size.value })
      if (mine !== seq) return // a newer request superseded this one
      records.value = result.records
      total.value = result.total
      if (result.records.length === 0 && result.total > 0 && page.value > 1) {
        page.value = lastValidPage(page.value, result.total, size.value)
        await load()
      }
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function onPageChange(p: number): Promise<void> {
    page.value = p
    return load()
  }

  function onSizeChange(s: number): Promise<void> {
    size.value = clampSize(s)
    page.value = 1
    return load()
  }

  return { records, total, page, size, loading, filter, load, search, refresh: load, onPageChange, onSizeChange }
}
