// Stock-takes: start, scan batches, finish / cancel, the report and its fixes.
import { http } from './index'
import type { Query } from './http'
import type { PageResult, StockScanResult, StockTakeReport, StockTakeView } from './types'

export const listStockTakes = (q: Query) => http.get<PageResult<StockTakeView>>('/api/admin/stock-takes', q)

export const startStockTake = (branchId: number | null, categoryId: number | null) =>
  http.post<StockTakeView>('/api/admin/stock-takes', { branchId, categoryId })

export const getStockTake = (id: number) => http.get<StockTakeView>(`/api/admin/stock-takes/${id}`)

export const stockTakeReport = (id: number) => http.get<StockTakeReport>(`/api/admin/stock-takes/${id}/report`)

export const scanStock = (id: number, barcodes: string[]) =>
  http.post<StockScanResult>(`/api/admin/stock-takes/${id}/scans`, { barcodes })

export const finishStockTake = (id: number) => http.post<StockTakeReport>(`/api/admin/stock-takes/${id}/finish`)

export const cancelStockTake = (id: number) => http.post<StockTakeView>(`/api/admin/stock-takes/${id}/cancel`)

export const markMissingLost = (id: number) =>
  http.post<StockTakeReport>(`/api/admin/stock-takes/${id}/fixes/mark-missing-lost`, { confirm: true })

export const moveUnexpectedHere = (id: number) => http.post<StockTakeReport>(`/api/admin/stock-takes/${id}/fixes/move-here`)
