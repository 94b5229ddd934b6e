// 设置: what each subscription template is for, in the reader's words.
import type { TemplateConsent } from '../api/types'

const KIND_TEXT: Record<string, string> = {
  ORDER_APPROVED: '审核通过',
  ORDER_REJECTED: '审核未通过',
  READY_FOR_PICKUP: '可以取书',
  PICKUP_DEADLINE: '取书快到期',
  OUT_FOR_DELIVERY: '送书出发',
  DELIVERED: '书已送到',
  DUE_SOON: '快到还书日',
  OVERDUE: '已逾期',
  RESERVATION_AVAILABLE: '预约的书到了',
  RESERVATION_CANCELLED: '预约已取消',
  DELIVERY_REBOOKED: '送书改约',
  PICKUP_REBOOKED: '取还改约',
  DELIVERY_APPLICATION: '送书上门申请结果',
  CARD_APPLICATION: '诚信通申请结果',
}

/** "审核通过、送书出发" for a template's notices. */
export const kindsText = (t: TemplateConsent) => t.kinds.map((k) => KIND_TEXT[k] ?? '其他通知').join('、')

/** "还能收到 3 次" / "需要再次订阅" (WeChat: one accepted request = one message). */
export const remainingText = (t: TemplateConsent) => (t.remaining > 0 ? `还能收到 ${t.remaining} 次` : '需要再次订阅')

/** The templates still to ask for at a tap (WeChat allows 3 per request): those with nothing left first. */
export function templatesToRenew(templates: TemplateConsent[]): string[] {
  return [...templates].sort((a, b) => a.remaining - b.remaining).slice(0, 3).map((t) => t.templateId)
}
