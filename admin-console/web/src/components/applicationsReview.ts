// What ApplicationsReview needs of an application row (送书上门 DeliveryApplicationView, 诚信通 CardApplicationView).
import type { ReaderView } from '../api/types'

export interface ApplicationRow {
  id: number
  readerId: number
  reader: Pick<ReaderView, 'name'> | null
  status: string
}

/** The statuses every kind of application goes through (a kind may add its own, such as 已撤回). */
export const DECISION_STATUSES = [
  { value: 'PENDING', label: '待审核' },
  { value: 'APPROVED', label: '已通过' },
  { value: 'REJECTED', label: '未通过' },
] as const
