// 逾期/赔偿/盘点 helpers: amounts typed in 元 become fen for the API; scanned barcodes go to the server in batches.

/**
 * An amount typed in 元 ("12", "12.5", "12.50") → fen. Empty → null (the API then charges the title's price);
 * anything else (negative, more than two decimals, not a number) → undefined = invalid.
 */
export function yuanToFen(input: string | number | null | undefined): number | null | undefined {
  if (input === null || input === undefined) return null
  const s = String(input).trim()
  if (s === '') return null
  const m = /^(\d{1,7})(?:\.(\d{0,2}))?$/.exec(s)
  if (!m) return undefined
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

/** Fen → "12.50" (元). */
export function fenToYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—'
  return (fen / 100).toFixed(2)
}

/** The API takes at most 500 barcodes per scan request. */
export const SCAN_BATCH = 500

/** Normalise one scanned barcode (scanners may add spaces); empty → null. */
export function normaliseBarcode(raw: string): string | null {
  const s = raw.trim()
  return s === '' ? null : s
}

/** Split the queue of scanned barcodes into batches, dropping duplicates within the queue (first occurrence kept). */
export function scanBatches(barcodes: string[], size = SCAN_BATCH): string[][] {
  const seen = new Set<string>()
  const unique: string[] = []
  for (const raw of barcodes) {
    const b = normaliseBarcode(raw)
    if (b === null || seen.has(b)) continue
    seen.add(b)
    unique.push(b)
  }
  const out: string[][] = []
  for (let i = 0; i < unique.length; i += Math.max(1, size)) out.push(unique.slice(i, i + Math.max(1, size)))
  return out
}
