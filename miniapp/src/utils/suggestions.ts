import type { SuggestionCategory, SuggestionStatus, SuggestionType } from '../api/types'

export const SUGGESTION_TABS: { key: SuggestionType; label: string }[] = [
  { key: 'SUGGESTION', label: '建议' },
  { key: 'PURCHASE', label: '荐购' },
]

export const SUGGESTION_CATEGORIES: { value: SuggestionCategory; label: string }[] = [
  { value: 'SERVICE', label: '服务' },
  { value: 'COLLECTION', label: '馆藏' },
  { value: 'OTHER', label: '其他' },
]

/** Only what no librarian has handled yet may be withdrawn (SUBMITTED → WITHDRAWN is the reader's one move). */
export const canWithdraw = (status?: SuggestionStatus) => status === 'SUBMITTED'

/** The tag class of a status: waiting in amber, refused or withdrawn in red, taken up (green) without a class. */
export function suggestionTag(status?: SuggestionStatus): '' | 'warn' | 'pending' {
  if (status === 'SUBMITTED') return 'pending'
  if (status === 'REJECTED' || status === 'WITHDRAWN') return 'warn'
  return ''
}

/** ISBN-10 or ISBN-13 once spaces and hyphens are dropped (the backend checks the check digit). */
export function normaliseIsbn(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase()
}

export function suggestionProblem(category: SuggestionCategory | '', content: string): string | null {
  if (!category) return '请选择建议类别'
  if (!content.trim()) return '请填写建议内容'
  if (content.trim().length > 1000) return '建议内容不能超过1000个字'
  return null
}

export interface PurchaseForm {
  isbn: string
  title: string
  author: string
  reason: string
}

export function purchaseProblem(f: PurchaseForm): string | null {
  const isbn = normaliseIsbn(f.isbn)
  if (isbn && !/^(\d{9}[\dX]|\d{13})$/.test(isbn)) return 'ISBN 应为10位或13位数字'
  if (!isbn && (!f.title.trim() || !f.author.trim())) return '请填写 ISBN，或填写书名和作者'
  if (f.reason.trim().length > 1000) return '荐购理由不能超过1000个字'
  return null
}

/** The scanned code of a book's barcode: an EAN-13 starting 978/979 is its ISBN; anything else is not a book. */
export function isbnFromScan(code: string): string | null {
  const c = normaliseIsbn(code)
  return /^97[89]\d{10}$/.test(c) ? c : null
}
