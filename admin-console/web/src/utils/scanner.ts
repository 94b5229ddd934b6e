// A barcode scanner is a keyboard that types the code and presses Enter. The scanner pages keep one input focused and
// answer each scan with a colour and a short tone, so the librarian can keep their eyes on the books.

import type { DeskReturn } from '../api/desk'

export type Tone = 'ok' | 'attention' | 'error'

/** How a return is signalled: a book to keep for a reader (or a repeat scan) needs a look; a plain return is ok. */
export function returnTone(r: DeskReturn): Tone {
  if (r.alreadyReturned || r.action !== 'SHELVE') return 'attention'
  return 'ok'
}

/** The scanned text as the API wants it: blanks and control characters from the scanner removed. */
export function cleanScan(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, '').trim()
}

let audio: AudioContext | null = null

/** A short beep: high for ok, two mid notes for attention, low and long for an error. Silent where audio is unavailable. */
export function beep(tone: Tone): void {
  try {
    const Ctx = (window as unknown as { AudioContext?: typeof AudioContext }).AudioContext
    if (!Ctx) return
    audio ??= new Ctx()
    const notes: [number, number][] = tone === 'ok' ? [[1320, 0.09]] : tone === 'attention' ? [[880, 0.09], [880, 0.09]] : [[220, 0.35]]
    let at = audio.currentTime
    for (const [freq, length] of notes) {
      const osc = audio.createOscillator()
      const gain = audio.createGain()
      osc.frequency.value = freq
      gain.gain.value = 0.15
      osc.connect(gain).connect(audio.destination)
      osc.start(at)
      osc.stop(at + length)
      at += length + 0.06
    }
  } catch {
    // no sound card, autoplay refused: the colour still tells
  }
}

/**
 * Scans handled one after the other, in the order they came: a scanner is faster than the API, and a scan made while
 * the previous one is still on its way must neither be lost nor overtake it.
 */
export function createScanQueue(handle: (text: string) => Promise<void>) {
  let chain: Promise<void> = Promise.resolve()
  let waiting = 0
  return {
    push(text: string): Promise<void> {
      waiting += 1
      chain = chain.then(() => handle(text)).catch(() => {}).finally(() => { waiting -= 1 })
      return chain
    },
    get waiting() {
      return waiting
    },
  }
}
