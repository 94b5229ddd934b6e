// The electronic library card: the signed code from GET /api/app/me/ecard drawn as a QR code (qrcode-generator, pure JS,
// so the same in H5 and in WeChat: the page draws the matrix as rows of views, no canvas, no browser API), and the
// countdown in words until the code expires and is fetched again.
import qrcode from 'qrcode-generator'

/** The QR modules of `text`, row by row (true = dark). Error correction M: still readable on a scratched phone screen. */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
}

/** Seconds before expiry at which the page fetches a fresh code, so the librarian never scans an expired one. */
export const REFRESH_LEAD_SECONDS = 10

/** Milliseconds until the page should fetch the next code; never less than a second (a clock far off still refreshes). */
export function refreshDelay(expiresAt: string, now: number): number {
  const left = Date.parse(expiresAt) - now - REFRESH_LEAD_SECONDS * 1000
  return Math.max(1000, Number.isFinite(left) ? left : 1000)
}

/** "1分05秒后自动更新" — the time left in words. */
export function countdownWords(expiresAt: string, now: number): string {
  const s = Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000))
  if (!Number.isFinite(s) || s === 0) return '正在更新…'
  const m = Math.floor(s / 60)
  const rest = s % 60
  return m > 0 ? `${m}分${String(rest).padStart(2, '0')}秒后自动更新` : `${rest}秒后自动更新`
}
