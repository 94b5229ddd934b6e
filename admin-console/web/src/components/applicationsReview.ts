// What ApplicationsReview needs of an application row (送书上门 DeliveryApplicationView, 诚信通 CardApplicationView).
import type { ReaderView } from '../api/types'

export interface ApplicationRow {
  id: number
  readerId: number
  reader: Pick<ReaderView, 'name'> | null
  status: string
}
