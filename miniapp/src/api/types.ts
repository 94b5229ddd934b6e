// Response and request types of the reader API, generated from contract/openapi-app.json (openapi-typescript → schema.d.ts).
import type { components } from './schema'

type S = components['schemas']
export type Page<T> = { records: T[]; total: number; page: number; size: number }
export type BookView = S['BookView']
export type BookHit = S['BookHit']
export type BranchAvailability = S['BranchAvailability']
export type Home = S['Home']
export type CategoryView = S['CategoryView']
export type BranchView = S['BranchView']
export type CartView = S['CartView']
export type CartLine = S['CartLine']
export type OrderSummary = S['OrderSummary']
export type OrderStatus = NonNullable<OrderSummary['status']>
export type OrderDetail = S['OrderDetail']
export type Tracking = S['Tracking']
export type SubmitRequest = S['SubmitRequest']
export type SlotView = S['SlotView']
export type AddressView = S['AddressView']
export type AddressRequest = S['AddressRequest']
export type LoanView = S['LoanView']
export type ReservationView = S['ReservationView']
export type ReaderView = S['ReaderView']
export type ReaderSession = S['ReaderSession']
export type BookReviews = S['BookReviews']
export type ReviewView = S['ReviewView']
export type ReviewStatus = NonNullable<ReviewView['status']>
export type ReviewRequest = S['ReviewRequest']
export type SuggestionView = S['SuggestionView']
export type SuggestionType = NonNullable<SuggestionView['type']>
export type SuggestionStatus = NonNullable<SuggestionView['status']>
export type SuggestionCategory = NonNullable<SuggestionView['category']>
export type SuggestionTimelineEntry = S['SuggestionViewsTimelineEntry']
export type SuggestionRequest = S['SuggestionRequest']
export type PurchaseRequest = S['PurchaseRequest']
export type ActivityView = S['ActivityView']
export type SignupView = S['SignupView']
export type TemplateConsent = S['TemplateConsent']
export type ECard = S['ECard']
export type DeliveryInfo = S['DeliveryInfo']
export type PickupView = S['PickupView']
export type PickupRequest = S['PickupRequest']
export type SmsPreference = S['SmsPreference']
export type DeliveryApplicationView = S['ApplicationView']
export type CardApplicationView = S['CardApplicationView']

/** One step of an order's history (OrderViews.TimelineEntry; springdoc gives its schema name to another record). */
export interface OrderTimelineEntry {
  status: OrderStatus
  label: string
  fromStatus?: OrderStatus
  actorType?: string
  reason?: string
  at: string
}
export type NoticeView = S['InboxNotice']
export type UnreadCount = S['Unread']
