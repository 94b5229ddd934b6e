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
