// Shapes of the admin API. Records the server sends are aliases of the schemas generated from the committed contract
// (contract/openapi-admin.json → schema.d.ts by `npm run gen:api`); the rest are the UI's own types and records the
// contract names differently.
import type { components } from './schema'

type S = components['schemas']

/**
 * A record as the server sends it: every component is present (the contract marks none required) and nested records
 * alike; the contract does not say which may be null, so the fields listed in {@code Nullable} are.
 */
export type Wire<T, Nullable extends keyof T = never> = {
  [K in keyof T]-?: K extends Nullable ? Deep<Exclude<T[K], undefined>> | null : Deep<Exclude<T[K], undefined>>
}
type Deep<T> = T extends (infer E)[] ? Deep<E>[] : T extends object ? { [K in keyof T]-?: Deep<Exclude<T[K], undefined>> } : T

export interface Envelope<T> {
  code: number
  msg: string
  data: T
  traceId?: string
}

export interface PageResult<T> {
  records: T[]
  total: number
  page: number
  size: number
}

export type Role = 'ADMIN' | 'LIBRARIAN' | 'COURIER'

export type StaffView = Wire<S['StaffView'], 'username' | 'phoneMasked' | 'branchId'>

export type StaffSession = Wire<S['StaffSession']>

/** One live login session of a staff account (never the token: a short id of its hash). */
export type LoginSessionView = Wire<S['Session']>

export type BranchView = Wire<S['BranchView'], 'phone'>

export type CategoryView = Wire<S['CategoryView'], 'parentId'>

export type OrderStatus =
  | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'CANCELLED' | 'READY_FOR_PICKUP' | 'PICKED_UP' | 'EXPIRED'
  | 'AWAITING_DISPATCH' | 'DISPATCHED' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'DELIVERY_FAILED' | 'RETURNED_TO_SHELF'

export type Fulfilment = 'PICKUP' | 'DELIVERY'

export type LineView = Wire<S['OrderViewsLineView'], 'coverUrl' | 'rejectReason'>

export type OrderSummary = Wire<S['OrderSummary'], 'readerName' | 'readerPhone' | 'pickupDeadline' | 'rejectReason' | 'delivery' | 'windowStart' | 'windowEnd' | 'shelfSlot'>

/**
 * Where and when a delivery or a return pickup goes, the same in every view (library-core delivery.DeliveryInfo). At
 * the desk the address is masked (district and road, numbers hidden: addressMasked); times are 'HH:mm:ss', instants ISO.
 */
export type DeliveryInfo = Wire<S['DeliveryInfo'], 'slotId' | 'slotDate' | 'slotStart' | 'slotEnd' | 'windowStart' | 'windowEnd' | 'address' | 'courierName' | 'courierPhoneMasked' | 'plannedArrival' | 'eta' | 'stopStatus' | 'completedAt'>

export type TimelineEntry = Wire<S['OrderViewsTimelineEntry'], 'fromStatus' | 'reason'>

export type CardType = 'CITY_WIDE' | 'COMMUNITY_TRUST'
export type CardStatus = 'ACTIVE' | 'SUSPENDED'

export type ReaderView = Wire<S['ReaderView'], 'phoneMasked' | 'homeBranchId' | 'deliveryEligibility' | 'avatarUrl'>

export type OrderReviewDetail = Wire<S['OrderReviewReviewDetail']>

export type CardHistoryView = Wire<S['CardHistoryView'], 'fromValue' | 'toValue' | 'reason' | 'actorId'>

export type ReaderDetail = Wire<S['ReaderDetail']>

export type LoanView = Wire<S['LoanView'], 'coverUrl' | 'returnedAt' | 'returnPickupId'>

export type BranchAvailability = Wire<S['BranchAvailability']>

export type BookView = Wire<S['BookView'], 'publisher' | 'publishYear' | 'categoryId' | 'categoryName' | 'summary' | 'coverUrl' | 'price'>

export type CopyStatus = 'AVAILABLE' | 'HELD' | 'ON_LOAN' | 'IN_TRANSIT' | 'LOST' | 'DAMAGED' | 'WITHDRAWN'

export type CopyView = Wire<S['CopyView'], 'shelfLocation'>

export type BookDetail = Wire<S['BookDetail']>

export type ImportReport = Wire<S['ImportReport']>

export type BorrowRule = Wire<S['BorrowRule']>

export type JobRun = Wire<S['JobRun']>

/** A job on the 任务 page: Chinese name, schedule (cron null: never scheduled) and last run on the server (null: none). */
export type JobView = Wire<S['JobView'], 'lastRun'>

/** GET /api/admin/delivery/kpis: on time = handed over or collected before the slot's end. */
export type DeliveryKpis = Wire<S['Kpis'], 'onTimeRate' | 'failedRate' | 'booksPerCourierHour' | 'kmPerBook' | 'branchId'>

export type Dashboard = Wire<S['Dashboard'], 'branchId'>

// ---- delivery (配送) ----------------------------------------------------------------------------------------------

export type SlotView = Wire<S['DeskSlotView'], 'planning'>

/** Who is planning a slot and since when: a librarian or the scheduled job, on some instance of the app. */
export type SlotPlanning = Wire<S['Planning'], 'since' | 'startedBy' | 'instance'>

export type SlotTemplate = Wire<S['DeliverySlotTemplate']>

export type Vehicle = 'WALK' | 'EBIKE'

export type CourierView = Wire<S['CourierView'], 'phoneMasked' | 'branchId' | 'vehicle' | 'bagCapacity' | 'shiftStart' | 'shiftEnd' | 'updatedAt'>

export type CourierPosition = Wire<S['CourierPosition']>

export type StopStatus = 'PLANNED' | 'OUT' | 'DELIVERED' | 'COLLECTED' | 'FAILED'
export type RouteStatus = 'PLANNED' | 'STARTED' | 'FINISHED'

export type StopView = Wire<S['StopView'], 'orderId' | 'orderNo' | 'returnPickupId' | 'phoneMasked' | 'contact2Name' | 'contact2PhoneMasked' | 'plannedArrival' | 'failReason' | 'completedAt'>

export type RouteView = Wire<S['RouteView'], 'plannedStart'>

export type UnplannedOrder = Wire<S['UnplannedOrder'], 'readerName' | 'contactName' | 'addressMasked' | 'lat' | 'lng' | 'note'>

export type PlanResult = Wire<S['PlanResult'], 'skipped'>

export type DeliveryApplicationView = Wire<S['ApplicationView'], 'note' | 'decisionNote' | 'decidedAt' | 'reader'>

/** A reader's 诚信通 application (用户升级), decided by a librarian of the reader's home branch. */
export type CardApplicationView = Wire<S['CardApplicationView'], 'decisionNote' | 'decidedAt' | 'reader'>

// ---- notifications (通知) ------------------------------------------------------------------------------------------

export type NoticeStatus = 'PENDING' | 'SENDING' | 'SENT' | 'SKIPPED' | 'FAILED'

export type NoticeView = Wire<S['NoticeView'], 'templateId' | 'nextAttemptAt' | 'sentAt' | 'lastErrcode' | 'lastError' | 'title' | 'readAt'>

export type NoticeChannelView = NoticeView['channels'][number]

export type NoticeChannel = NoticeChannelView['channel']

export type NoticeAttemptView = Wire<S['AttemptView'], 'errcode' | 'message' | 'tookMs' | 'actorId'>

export type NoticeDetail = Wire<S['NoticeDetail'], 'payload'>

export type KindCount = Wire<S['KindCount']>

// ---- reader services (issue #9): news, activities, suggestions, reviews, reservations, return pickups, statistics

export type NewsSummary = Wire<S['NewsSummary'], 'coverUrl' | 'branchId' | 'publishedAt'>

export type NewsView = Wire<S['NewsView'], 'version' | 'updatedAt'>

export type ActivityView = Wire<S['ActivityView'], 'description' | 'version'>

export type AttendeeView = Wire<S['AttendeeView'], 'readerName' | 'phoneMasked'>

/** One step of a review's or a suggestion's handling, as ServiceTimeline shows it. */
export type ServiceTimelineEntry =
  | Wire<S['ReviewTimelineEntry'], 'actorType' | 'reason'>
  | Wire<S['SuggestionViewsTimelineEntry'], 'actorType' | 'reason'>

export type SuggestionView = Wire<S['SuggestionView'], 'category' | 'categoryLabel' | 'content' | 'isbn' | 'title' | 'author' | 'branchId' | 'reply' | 'rejectReason' | 'bookId' | 'reservationId' | 'sameIsbnOpen'>

export type PurchaseGroup = Wire<S['GroupView'], 'title' | 'author'>

export type ReviewView = Wire<S['ReviewView'], 'readerName' | 'content' | 'hiddenReason'>

export type BookReviewDetail = Wire<S['ReviewReviewDetail']>

export type ReservationView = Wire<S['ReservationView'], 'fulfilment' | 'position' | 'orderId' | 'note' | 'readyAt' | 'readerId' | 'readerName' | 'readerPhone'>

export type PickupItem = Wire<S['ItemView'], 'collected'>

export type PickupView = Wire<S['PickupView'], 'readerName' | 'readerPhone' | 'windowStart' | 'windowEnd' | 'failReason' | 'collectedAt' | 'checkedInAt' | 'delivery' | 'dispatchNote' | 'handoverCode'>

export type StatsPoint = Wire<S['Point']>

export type TopRow = Wire<S['TopRow']>

export type RollupResult = Wire<S['RollupResult']>

export type OverdueView = Wire<S['OverdueView'], 'phoneMasked' | 'borrowedAt' | 'lastReminderAt'>

export type CompensationView = Wire<S['CompensationView'], 'readerName' | 'readerPhone' | 'note' | 'reportedByType' | 'createdAt' | 'settledAt'>

export type StockTakeView = Wire<S['StockTakeView'], 'categoryId' | 'shelfFrom' | 'shelfTo' | 'startedAt' | 'finishedAt'>

export type StockScanResult = Wire<S['StockTakeViewsScanResult']>

export type StockLineView = Wire<S['StockTakeViewsLineView'], 'reason' | 'reasonLabel' | 'copyId' | 'bookId' | 'title' | 'copyStatus' | 'copyBranchId' | 'fix'>

export type StockTakeReport = Wire<S['StockTakeViewsReport']>
