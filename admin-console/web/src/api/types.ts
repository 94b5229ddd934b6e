// Shapes of the admin API (see the records in library-core; field names are the JSON names).

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

export interface StaffView {
  id: number
  username: string | null
  phoneMasked: string | null
  name: string
  role: Role
  roleLabel: string
  branchId: number | null
  enabled: boolean
}

export interface StaffSession {
  token: string
  staff: StaffView
}

/** One live login session of a staff account (never the token: a short id of its hash). */
export interface LoginSessionView {
  id: string
  issuedAt: string
  expiresBy: string
  clientIp: string
  userAgent: string
}

export interface BranchView {
  id: number
  code: string
  name: string
  address: string
  phone: string | null
  lat: number
  lng: number
  deliveryRadiusM: number
  enabled: boolean
}

export interface CategoryView {
  id: number
  name: string
  parentId: number | null
  sortOrder: number
}

export type OrderStatus =
  | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'CANCELLED' | 'READY_FOR_PICKUP' | 'PICKED_UP' | 'EXPIRED'
  | 'AWAITING_DISPATCH' | 'DISPATCHED' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'DELIVERY_FAILED' | 'RETURNED_TO_SHELF'

export type Fulfilment = 'PICKUP' | 'DELIVERY'

export interface LineView {
  id: number
  bookId: number
  title: string
  author: string
  isbn: string
  coverUrl: string | null
  copyId: number
  barcode: string
  status: 'HELD' | 'REJECTED' | 'RELEASED' | 'LENT'
  statusLabel: string
  rejectReason: string | null
}

export interface OrderSummary {
  id: number
  orderNo: string
  readerId: number
  readerName: string | null
  readerPhone: string | null
  status: OrderStatus
  statusLabel: string
  fulfilment: Fulfilment
  fulfilmentLabel: string
  branchId: number
  branchName: string
  lines: LineView[]
  submittedAt: string
  pickupDeadline: string | null
  rejectReason: string | null
  /** where and when a DELIVERY order goes (null for a desk pickup); absent from older APIs */
  delivery?: DeliveryInfo | null
}

/**
 * Where and when a delivery or a return pickup goes, the same in every view (library-core delivery.DeliveryInfo). At
 * the desk the address is masked (district and road, numbers hidden: addressMasked); times are 'HH:mm:ss', instants ISO.
 */
export interface DeliveryInfo {
  slotId: number | null
  slotDate: string | null
  slotStart: string | null
  slotEnd: string | null
  windowStart: string | null
  windowEnd: string | null
  address: string | null
  addressMasked: boolean
  courierName: string | null
  courierPhoneMasked: string | null
  planned: boolean
  plannedArrival: string | null
  eta: string | null
  /** the ETA follows the courier's last reported position */
  etaLive: boolean
  stopStatus: string | null
  completedAt: string | null
}

export interface TimelineEntry {
  status: OrderStatus
  label: string
  fromStatus: OrderStatus | null
  actorType: string
  reason: string | null
  at: string
}

export type CardType = 'CITY_WIDE' | 'COMMUNITY_TRUST'
export type CardStatus = 'ACTIVE' | 'SUSPENDED'

export interface ReaderView {
  id: number
  name: string
  phoneMasked: string | null
  cardType: CardType
  cardTypeLabel: string
  cardStatus: CardStatus
  cardStatusLabel: string
  homeBranchId: number | null
  deliveryEligibility: string | null
  createdAt: string
}

export interface ReviewDetail {
  detail: { order: OrderSummary; timeline: TimelineEntry[] }
  standing: {
    reader: ReaderView
    loanLimit: number
    activeLoans: number
    overdueLoans: number
    openOrderBooks: number
  }
}

export interface CardHistoryView {
  action: string
  fromValue: string | null
  toValue: string | null
  reason: string | null
  actorType: string
  actorId: number | null
  at: string
}

export interface ReaderDetail {
  reader: ReaderView
  cardHistory: CardHistoryView[]
}

export interface LoanView {
  id: number
  bookId: number
  title: string
  author: string
  isbn: string
  coverUrl: string | null
  barcode: string
  branchId: number
  branchName: string
  status: 'ACTIVE' | 'RETURNED'
  statusLabel: string
  borrowedAt: string
  dueDate: string
  overdueDays: number
  renewCount: number
  returnedAt: string | null
}

export interface BranchAvailability {
  branchId: number
  branchName: string
  totalCopies: number
  availableCopies: number
}

export interface BookView {
  id: number
  isbn: string
  title: string
  author: string
  publisher: string | null
  publishYear: number | null
  categoryId: number | null
  categoryName: string | null
  summary: string | null
  coverUrl: string | null
  price: number | null
  totalCopies: number
  availableCopies: number
  branches: BranchAvailability[]
  version: number
  createdAt: string
}

export type CopyStatus = 'AVAILABLE' | 'HELD' | 'ON_LOAN' | 'IN_TRANSIT' | 'LOST' | 'DAMAGED' | 'WITHDRAWN'

export interface CopyView {
  id: number
  bookId: number
  branchId: number
  barcode: string
  status: CopyStatus
  statusLabel: string
  shelfLocation: string | null
  updatedAt: string
}

export interface BookDetail {
  book: BookView
  branches: { branchId: number; branchName: string; totalCopies: number; availableCopies: number; copies: CopyView[] }[]
}

export interface ImportReport {
  total: number
  imported: number
  failed: number
  errors: { row: number; column: string | null; message: string }[]
}

export interface BorrowRule {
  cardType: CardType
  loanLimit: number
  loanDays: number
  maxRenewals: number
  renewDays: number
  pickupDays: number
  renewOverdueGraceDays: number
  autoApprove: boolean
  suspendAfterOverdueDays: number
  reservationLimit: number
  version: number
  updatedAt?: string
}

export interface JobRun {
  name: string
  summary: string
  millis: number
}

/** GET /api/admin/delivery/kpis: on time = handed over or collected before the slot's end. */
export interface DeliveryKpis {
  from: string
  to: string
  finished: number
  delivered: number
  collected: number
  failed: number
  onTime: number
  late: number
  onTimeRate: number | null
  failedRate: number | null
  books: number
  booksPerCourierHour: number | null
  kmPerBook: number | null
  days: { date: string; finished: number; onTime: number; late: number; failed: number; books: number }[]
}

export interface Dashboard {
  date: string
  branchId: number | null
  todayOrderTotal: number
  todayOrders: { status: OrderStatus; label: string; count: number }[]
  activeLoans: number
  overdueLoans: number
  pendingReview: number
  onHoldingShelf: number
  hotBookDays: number
  hotBooks: { bookId: number; title: string; author: string; loans: number }[]
}

// ---- delivery (配送) ----------------------------------------------------------------------------------------------

export interface SlotView {
  id: number
  branchId: number
  date: string
  startTime: string
  endTime: string
  capacity: number
  reserved: number
  remaining: number
  bookable: boolean
  /** a plan running on the slot now (the desk's slot list only); null when none */
  planning?: SlotPlanning | null
}

/** Who is planning a slot and since when: a librarian or the scheduled job, on some instance of the app. */
export interface SlotPlanning {
  since: string | null
  startedBy: string | null
  instance: string | null
}

export interface SlotTemplate {
  id: number
  branchId: number
  startTime: string
  endTime: string
  capacity: number
  enabled: boolean
  createdAt?: string
}

export type Vehicle = 'WALK' | 'EBIKE'

export interface CourierView {
  staffId: number
  name: string
  phoneMasked: string | null
  enabled: boolean
  branchId: number | null
  hasProfile: boolean
  vehicle: Vehicle | null
  bagCapacity: number | null
  shiftStart: string | null
  shiftEnd: string | null
  onLeave: boolean
  updatedAt: string | null
}

export interface CourierPosition {
  staffId: number
  name: string
  lat: number
  lng: number
  at: string
}

export type StopStatus = 'PLANNED' | 'OUT' | 'DELIVERED' | 'COLLECTED' | 'FAILED'
export type RouteStatus = 'PLANNED' | 'STARTED' | 'FINISHED'

export interface StopView {
  id: number
  seq: number
  /** DELIVERY (hand books over) or PICKUP (collect returned books); absent from APIs older than return pickups. */
  kind?: 'DELIVERY' | 'PICKUP'
  orderId: number | null
  orderNo: string | null
  returnPickupId?: number | null
  status: StopStatus
  /** The status in Chinese, from the API (已送达, 已取回 …). */
  statusLabel?: string
  contactName: string
  phoneMasked: string | null
  /** The optional family contact, masked like the reader's phone. */
  contact2Name?: string | null
  contact2PhoneMasked?: string | null
  address: string
  lat: number
  lng: number
  plannedArrival: string | null
  locked: boolean
  failReason: string | null
  completedAt: string | null
  books: { title: string; barcode: string }[]
  collect?: { loanId: number; title: string; barcode: string }[]
  delivery?: DeliveryInfo
}

export interface RouteView {
  id: number
  branchId: number
  slotId: number
  courierId: number
  courierName: string
  status: RouteStatus
  date: string
  slotStart: string
  slotEnd: string
  plannedStart: string | null
  travelSeconds: number
  stops: StopView[]
}

export interface UnplannedOrder {
  orderId: number
  orderNo: string
  readerId: number
  readerName: string | null
  branchId: number
  slotId: number
  slotStart: string
  slotEnd: string
  contactName: string | null
  addressMasked: string | null
  lat: number | null
  lng: number | null
  note: string | null
  submittedAt: string
}

export interface PlanResult {
  slotId: number
  ran: boolean
  planned: number
  unassigned: number
  couriersUsed: number
  estimated: boolean
  travelSeconds: number
  /** why the plan did not run (another planner holds the slot); null when it ran */
  skipped: string | null
}

export interface DeliveryApplicationView {
  id: number
  readerId: number
  reason: 'ELDERLY' | 'DISABLED' | 'BUSY'
  reasonLabel: string
  note: string | null
  status: 'PENDING' | 'APPROVED' | 'REJECTED'
  statusLabel: string
  decisionNote: string | null
  createdAt: string
  decidedAt: string | null
  reader: ReaderView | null
}

// ---- notifications (通知) ------------------------------------------------------------------------------------------

export type NoticeStatus = 'PENDING' | 'SENDING' | 'SENT' | 'SKIPPED' | 'FAILED'

export interface NoticeView {
  id: number
  readerId: number
  kind: string
  kindLabel: string
  subjectType: string
  subjectId: number
  status: NoticeStatus
  statusLabel: string
  attempts: number
  templateId: string | null
  /** while PENDING: when the outbox tries next (after a failed attempt, the end of its back-off); null once ended */
  nextAttemptAt: string | null
  sentAt: string | null
  lastErrcode: number | null
  lastError: string | null
  createdAt: string
  /** the 消息中心 entry's title; null for notices queued before the inbox existed */
  title: string | null
  read: boolean
  readAt: string | null
  /** what each channel did: 消息中心 (always), 微信, 短信 */
  channels: NoticeChannelView[]
}

export type NoticeChannel = 'INBOX' | 'WECHAT' | 'SMS'

export interface NoticeChannelView {
  channel: NoticeChannel
  channelLabel: string
  /** SENT / PENDING / SENDING / SKIPPED / FAILED, or NONE when the channel does not apply */
  outcome: string
  outcomeLabel: string
  detail: string | null
  at: string | null
}

export interface NoticeAttemptView {
  channel: NoticeChannel
  channelLabel: string
  attemptNo: number
  outcome: string
  errcode: number | null
  message: string | null
  tookMs: number | null
  actorId: number | null
  at: string
}

export interface NoticeDetail {
  notice: NoticeView
  payload: string | null
  attempts: NoticeAttemptView[]
}

export interface KindCount {
  kind: string
  kindLabel: string
  status: NoticeStatus
  statusLabel: string
  count: number
}

// ---- reader services (issue #9): news, activities, suggestions, reviews, reservations, return pickups, statistics

export interface NewsSummary {
  id: number
  title: string
  coverUrl: string | null
  branchId: number | null
  status: 'DRAFT' | 'PUBLISHED' | 'UNPUBLISHED'
  statusLabel: string
  publishedAt: string | null
}

export interface NewsView extends NewsSummary {
  bodyHtml: string
  version: number | null
  updatedAt: string | null
}

export interface ActivityView {
  id: number
  branchId: number
  title: string
  description: string | null
  place: string
  startsAt: string
  endsAt: string
  capacity: number
  signedUp: number
  placesLeft: number
  status: 'OPEN' | 'CANCELLED'
  statusLabel: string
  open: boolean
  version: number | null
}

export interface AttendeeView {
  signupId: number
  readerId: number
  readerName: string | null
  phoneMasked: string | null
  status: string
  statusLabel: string
  signedUpAt: string
}

export interface ServiceTimelineEntry {
  status: string
  label: string
  actorType?: string | null
  reason: string | null
  at: string
}

export interface SuggestionView {
  id: number
  readerId: number
  type: 'SUGGESTION' | 'PURCHASE'
  typeLabel: string
  category: string | null
  categoryLabel: string | null
  content: string | null
  isbn: string | null
  title: string | null
  author: string | null
  branchId: number | null
  status: string
  statusLabel: string
  reply: string | null
  rejectReason: string | null
  bookId: number | null
  reservationId: number | null
  sameIsbnOpen: number | null
  createdAt: string
  updatedAt: string
  timeline: ServiceTimelineEntry[]
}

export interface PurchaseGroup {
  isbn: string
  title: string | null
  author: string | null
  requests: number
  firstRequestedAt: string
  lastRequestedAt: string
}

export interface ReviewView {
  id: number
  bookId: number
  bookTitle: string
  readerName: string | null
  rating: number
  content: string | null
  status: 'VISIBLE' | 'HIDDEN' | 'PENDING'
  statusLabel: string
  hiddenReason: string | null
  createdAt: string
  updatedAt: string
}

export interface ReviewDetail {
  review: ReviewView
  readerId: number
  timeline: ServiceTimelineEntry[]
}

export interface ReservationView {
  id: number
  bookId: number
  title: string
  branchId: number
  status: string
  statusLabel: string
  fulfilment: string | null
  position: number | null
  orderId: number | null
  note: string | null
  createdAt: string
  readyAt: string | null
  /** filled for librarians only */
  readerId?: number | null
  readerName?: string | null
  readerPhone?: string | null
}

export interface PickupItem {
  loanId: number
  title: string
  loanStatus: string
  collected: boolean | null
}

export interface PickupView {
  id: number
  readerId: number
  readerName: string | null
  readerPhone: string | null
  status: string
  statusLabel: string
  branchId: number
  slotId: number
  slotDate: string
  slotStart: string
  slotEnd: string
  windowStart: string | null
  windowEnd: string | null
  books: number
  attempts: number
  failReason: string | null
  collectedAt: string | null
  checkedInAt: string | null
  createdAt: string
  items: PickupItem[]
  delivery?: DeliveryInfo | null
}

export interface StatsPoint {
  period: string
  loans: number
  returns: number
  renewals: number
  newReaders: number
  activeReaders: number
  ordersPickup: number
  ordersDelivery: number
  ordersPickedUp: number
  ordersDelivered: number
  ordersRejected: number
  ordersExpired: number
  ordersCancelled: number
  deliveriesOnTime: number
  deliveriesLate: number
  deliveriesFailed: number
  overdueLoans: number
}

export interface TopRow {
  id: number
  name: string
  loans: number
}

export interface RollupResult {
  from: string
  to: string
  days: number
  rows: number
}

export interface OverdueView {
  loanId: number
  readerId: number
  readerName: string
  phoneMasked: string | null
  cardType: string
  cardTypeLabel: string
  cardStatus: string
  bookId: number
  title: string
  barcode: string
  branchId: number
  branchName: string
  borrowedAt: string | null
  dueDate: string
  daysOverdue: number
  /** reminders that reached the reader by 微信 or 短信, the last at lastReminderAt */
  remindersSent: number
  lastReminderAt: string | null
  /** every reminder is in the reader's 消息中心; how many of them the reader has read */
  remindersInInbox: number
  remindersRead: number
  weChatSent: number
  smsSent: number
}

export interface CompensationView {
  id: number
  loanId: number
  readerId: number
  readerName: string | null
  readerPhone: string | null
  bookId: number
  title: string
  copyId: number
  branchId: number
  outcome: 'LOST' | 'DAMAGED'
  outcomeLabel: string
  amountFen: number
  amount: number
  status: 'UNPAID' | 'PAID' | 'WAIVED'
  statusLabel: string
  note: string | null
  reportedByType: string | null
  createdAt: string | null
  settledAt: string | null
}

export interface StockTakeView {
  id: number
  branchId: number
  categoryId: number | null
  shelfFrom: string | null
  shelfTo: string | null
  status: string
  statusLabel: string
  expected: number
  scanned: number
  found: number
  missing: number
  unexpected: number
  unknown: number
  startedAt: string | null
  finishedAt: string | null
}

export interface StockScanResult {
  stockTakeId: number
  recognised: string[]
  unknown: string[]
  scannedCopies: number
}

export interface StockLineView {
  id: number
  kind: string
  reason: string | null
  reasonLabel: string | null
  barcode: string
  copyId: number | null
  bookId: number | null
  title: string | null
  copyStatus: string | null
  copyBranchId: number | null
  fix: string | null
}

export interface StockTakeReport {
  stockTake: StockTakeView
  found: StockLineView[]
  missing: StockLineView[]
  unexpected: StockLineView[]
  unknown: StockLineView[]
}
