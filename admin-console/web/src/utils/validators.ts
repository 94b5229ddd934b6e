// Form checks done before a request (the server checks again and its msg is shown on failure).

/** ISBN-10 or ISBN-13 with a correct check digit; hyphens and spaces are ignored. */
export function isValidIsbn(input: string | null | undefined): boolean {
  if (!input) return false
  const s = input.replace(/[\s-]/g, '').toUpperCase()
  if (/^\d{13}$/.test(s)) {
    const sum = [...s.slice(0, 12)].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0)
    return (10 - (sum % 10)) % 10 === Number(s[12])
  }
  if (/^\d{9}[\dX]$/.test(s)) {
    const sum = [...s].reduce((acc, d, i) => acc + (d === 'X' ? 10 : Number(d)) * (10 - i), 0)
    return sum % 11 === 0
  }
  return false
}

/** A reason (驳回/暂停…) must say something: 2..255 characters after trimming. */
export function reasonError(reason: string | null | undefined): string | null {
  const r = (reason ?? '').trim()
  if (!r) return '请填写原因'
  if (r.length < 2) return '原因至少2个字'
  if (r.length > 255) return '原因不能超过255个字'
  return null
}

export function isMobile(phone: string | null | undefined): boolean {
  return !!phone && /^1\d{10}$/.test(phone)
}

type Callback = (error?: Error) => void

/** Element Plus form rules built from the checks above. */
export const rules = {
  required: (label: string) => ({ required: true, message: `请填写${label}`, trigger: 'blur' }),
  isbn: {
    validator: (_r: unknown, v: string, cb: Callback) => (isValidIsbn(v) ? cb() : cb(new Error('ISBN 不正确（校验位不符）'))),
    trigger: 'blur',
  },
  reason: {
    validator: (_r: unknown, v: string, cb: Callback) => {
      const e = reasonError(v)
      return e ? cb(new Error(e)) : cb()
    },
    trigger: 'blur',
  },
}

/** For ElMessageBox.prompt: true when fine, else the message to show. */
export function reasonInputValidator(value: string): true | string {
  return reasonError(value) ?? true
}

/** 'HH:mm' or 'HH:mm:ss' → minutes since midnight; null when not a time. */
export function minutesOf(time: string | null | undefined): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(time ?? '')
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  return h < 24 && min < 60 ? h * 60 + min : null
}

/** A period (shift, delivery slot) needs both ends and must end after it starts. */
export function timeRangeError(start: string | null | undefined, end: string | null | undefined, what = ['开始', '结束']): string | null {
  const s = minutesOf(start)
  const e = minutesOf(end)
  if (s === null) return `请选择${what[0]}时间`
  if (e === null) return `请选择${what[1]}时间`
  return e > s ? null : `${what[1]}时间必须晚于${what[0]}时间`
}

export interface CourierProfileForm {
  vehicle: string | null
  bagCapacity: number | null
  shiftStart: string | null
  shiftEnd: string | null
}

/** The same checks as the API (1..100 books, a vehicle, shift end after start), so a typo is caught before saving. */
export function courierProfileError(f: CourierProfileForm): string | null {
  if (f.vehicle !== 'WALK' && f.vehicle !== 'EBIKE') return '请选择交通方式'
  if (f.bagCapacity === null || !Number.isInteger(f.bagCapacity) || f.bagCapacity < 1) return '书包容量至少为1本'
  if (f.bagCapacity > 100) return '书包容量不能超过100本'
  return timeRangeError(f.shiftStart, f.shiftEnd, ['上班', '下班'])
}

export interface SlotTemplateForm {
  startTime: string | null
  endTime: string | null
  capacity: number | null
}

/** Capacity 0..500 (0 closes the slot without deleting it), end after start. */
export function slotTemplateError(f: SlotTemplateForm): string | null {
  const range = timeRangeError(f.startTime, f.endTime)
  if (range) return range
  if (f.capacity === null || !Number.isInteger(f.capacity) || f.capacity < 0) return '容量不能为负'
  if (f.capacity > 500) return '容量不能超过500'
  return null
}
