// The desk at scanner speed (issue 18): returns by barcode (POST /api/admin/returns), identifying the reader by e-card
// or pickup code (POST /api/admin/desk/identify), checkout of books in hand (POST /api/admin/desk/checkout[/check]).
// Scanner pages show errors inline (silent), so the message stays beside the scan that caused it.
import { http } from './index'
import type { OrderSummary, ReaderView } from './types'

export type ReturnAction = 'SHELVE' | 'HOLDING_SHELF' | 'DELIVERY_AREA'

export interface DeskReturn {
  barcode: string
  loanId: number
  bookId: number
  title: string
  /** the borrower, masked (王**) */
  readerName: string
  readerPhone: string | null
  dueDate: string
  overdueDays: number
  returnedAt: string | null
  /** a second scan of the same copy: nothing changed */
  alreadyReturned: boolean
  action: ReturnAction
  actionLabel: string
  /** what to do with the book in hand, e.g. 放到暂存架 A-03，留给王** */
  instruction: string
  keptForReader: string | null
  shelfSlot: string | null
  keptForOrderNo: string | null
}

export function returnByBarcode(barcode: string) {
  return http.post<DeskReturn>('/api/admin/returns', { barcode }, { silent: true })
}

export interface Identified {
  via: 'ECARD' | 'PICKUP_CODE'
  reader: ReaderView
  /** the reader's orders on this branch's holding shelf */
  orders: OrderSummary[]
  /** e-card only: what a checkout of books in hand needs */
  deskTicket: string | null
  ticketExpiresAt: string | null
}

export function identify(code: string) {
  return http.post<Identified>('/api/admin/desk/identify', { code }, { silent: true })
}

export function handOver(orderId: number) {
  return http.post<unknown>(`/api/admin/orders/${orderId}/pickup`)
}

export interface CheckoutLine {
  barcode: string
  bookId: number | null
  title: string | null
  ok: boolean
  refusal: string | null
  loanId: number | null
  dueDate: string | null
}

export interface Checkout {
  reader: ReaderView
  lines: CheckoutLine[]
  accepted: number
  lent: boolean
}

export function checkCheckout(ticket: string, barcodes: string[]) {
  return http.post<Checkout>('/api/admin/desk/checkout/check', { ticket, barcodes }, { silent: true })
}

export function checkout(ticket: string, barcodes: string[]) {
  return http.post<Checkout>('/api/admin/desk/checkout', { ticket, barcodes }, { silent: true })
}
