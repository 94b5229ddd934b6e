// H5 demo only: which demo reader (demo-reader01 … demo-reader30) the browser logs in as.
const DEMO_KEY = 'taoshu.demoCode'
export const DEMO_READERS = Array.from({ length: 30 }, (_, i) => `demo-reader${String(i + 1).padStart(2, '0')}`)

export function demoCode(): string {
  return (uni.getStorageSync(DEMO_KEY) as string) || DEMO_READERS[0]
}

export function chooseDemoCode(code: string) {
  uni.setStorageSync(DEMO_KEY, code)
}
