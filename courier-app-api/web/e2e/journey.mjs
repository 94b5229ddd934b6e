// The couriers' app in Debian's Chromium on a phone-sized screen (390×844, touch, geolocation granted and overridden)
// against a running all-in-one app. Run by all-in-one's CourierAppE2EIT, which seeds a planned route and passes:
//   BASE_URL, CHROMIUM, SCREENSHOTS and JOURNEY (JSON: courier login, stop ids, reader tokens to read codes/tracking).
// Journey: log in → today's route → set off (early-start warning) → pings arrive (the reader's tracking moves) →
// deliver with the reader's code → call a reader → fail one with a reason → collect a return pickup by barcode →
// offline (reload from the service worker, route from the phone's copy) → deliver → online → sent once, queue empty.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'

const base = process.env.BASE_URL ?? 'http://127.0.0.1:8080'
const shots = process.env.SCREENSHOTS ?? 'target/e2e-screenshots'
const j = JSON.parse(process.env.JOURNEY ?? '{}')
mkdirSync(shots, { recursive: true })

const P1 = { latitude: 28.229, longitude: 112.94, accuracy: 10 }
const P2 = { latitude: 28.2303, longitude: 112.94, accuracy: 10 }

const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a)

async function api(path, token) {
  const res = await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } })
  const body = await res.json()
  if (!res.ok || body.code !== 0) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(body)}`)
  return body.data
}

async function until(what, fn, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs
  let last
  while (Date.now() < end) {
    try {
      const v = await fn()
      if (v) return v
    } catch (e) {
      last = e
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`timed out: ${what}${last ? ` (${last.message})` : ''}`)
}

const near = (a, b) => Math.abs(a - b) < 0.0002

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
})
const context = await browser.newContext({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  geolocation: P1,
  permissions: ['geolocation'],
})
const page = await context.newPage()
page.on('console', (m) => {
  if (m.type() === 'error') log('browser console:', m.text())
})
let step = 0
const shot = async (name) => {
  step += 1
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${shots}/courier-${String(step).padStart(2, '0')}-${name}.png` })
}

async function openStop(id) {
  await page.locator(`[data-stop="${id}"]`).click()
  await page.locator('[data-test="stop-name"]').waitFor()
}

async function typeCode(code) {
  for (const d of code) await page.locator(`.van-popup--bottom:visible .key[data-key="${d}"]`).click()
}

async function backOnRoute() {
  await page.locator('.van-nav-bar__title', { hasText: '今日路线' }).waitFor()
}

try {
  // 登录
  await page.goto(base + '/courier/')
  await page.locator('input[name="phone"]').waitFor()
  await shot('login')
  await page.locator('input[name="phone"]').fill(j.phone)
  await page.locator('input[name="password"]').fill(j.password)
  await page.locator('button[type="submit"]').click()

  // 今日路线: the planned route, its stops in order
  await backOnRoute()
  await until('four stops listed', async () => (await page.locator('[data-stop]').count()) === 4)
  await page.locator('[data-test="progress"]', { hasText: '已完成 0/4' }).waitFor()
  await shot('today-planned')
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel="manifest"]').href)).json())
  if (manifest.display !== 'standalone' || manifest.start_url !== '/courier/') throw new Error('manifest: ' + JSON.stringify(manifest))

  // 出发: confirm, then the early-start warning
  await page.locator('[data-test="start"]').click()
  await page.locator('.van-dialog__confirm').click()
  await page.locator('.van-dialog', { hasText: '提醒' }).waitFor()
  await shot('start-warning')
  await page.locator('.van-dialog__confirm:visible').click()
  log('set off')

  // the first position goes out at once: the reader's tracking shows the courier there
  await page.locator('[data-test="gps"]', { hasText: '定位上报中' }).waitFor({ timeout: 15_000 })
  await until('reader sees the courier at P1', async () => {
    const t = (await api(`/api/app/orders/${j.deliverOrder}`, j.deliverReader)).tracking
    return t && near(t.courierLat, P1.latitude) && near(t.courierLng, P1.longitude)
  })
  log('ping 1 arrived')
  await shot('today-out')

  // 交付 with the reader's code
  const code1 = (await api(`/api/app/orders/${j.deliverOrder}`, j.deliverReader)).tracking.handoverCode
  await openStop(j.deliverStop)
  await shot('stop')
  await page.locator('[data-test="deliver"]').click()
  await typeCode('0000' === code1 ? '1111' : '0000')
  await page.locator('[data-test="confirm-deliver"]').click()
  await page.locator('.van-popup--bottom .error', { hasText: '取书码' }).waitFor()
  await shot('deliver-wrong-code')
  await typeCode(code1)
  await shot('deliver-keypad')
  await page.locator('[data-test="confirm-deliver"]').click()
  await backOnRoute()
  await page.locator(`[data-stop="${j.deliverStop}"]`, { hasText: '已送达' }).waitFor()
  log('delivered', j.deliverStop)

  // 联系读者 then 失败 with a reason
  await openStop(j.failStop)
  await page.locator('[data-test="contact"]').click()
  const tel = await page.locator('[data-test="tel"]').getAttribute('href')
  if (!/^tel:1\d{10}$/.test(tel)) throw new Error('tel link: ' + tel)
  await shot('contact')
  await page.locator('.van-popup__close-icon:visible').click()
  await page.locator('[data-test="fail"]').click()
  await page.locator('[data-reason="读者不在家"]').click()
  await page.locator('[data-test="fail-note"] textarea').fill('敲门无人应答')
  await shot('fail-reasons')
  await page.locator('[data-test="confirm-fail"]').click()
  await backOnRoute()
  await page.locator(`[data-stop="${j.failStop}"]`, { hasText: '失败' }).waitFor()
  log('failed', j.failStop)

  // the courier rides on; 取还 by barcode
  await context.setGeolocation(P2)
  const pickupCode = (await api(`/api/app/return-pickups/${j.pickupId}`, j.pickupReader)).handoverCode
  await openStop(j.pickupStop)
  await page.locator('[data-test="collect"]').click()
  for (const barcode of j.barcodes) {
    await page.locator('[data-test="barcode"] input').fill(barcode)
    await page.locator('[data-test="add-barcode"]').click()
    await page.locator(`[data-barcode="${barcode}"].taken`).waitFor()
  }
  await typeCode(pickupCode)
  await shot('collect')
  await page.locator('[data-test="confirm-collect"]').click()
  await backOnRoute()
  await page.locator(`[data-stop="${j.pickupStop}"]`, { hasText: '已取回' }).waitFor()
  log('collected', j.pickupStop)

  // the next 30-second tick moves the courier on the reader's tracking
  await until('reader sees the courier at P2', async () => {
    const t = (await api(`/api/app/orders/${j.offlineOrder}`, j.offlineReader)).tracking
    return t && near(t.courierLat, P2.latitude)
  }, 45_000)
  log('ping 2 arrived')

  // no signal: the app reopens from the service worker with the saved route; the delivery waits in the queue
  const offlineCode = (await api(`/api/app/orders/${j.offlineOrder}`, j.offlineReader)).tracking.handoverCode
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await until('service worker controls the page', async () => {
    await page.reload()
    await backOnRoute()
    return page.evaluate(() => navigator.serviceWorker.controller !== null)
  })
  await context.setOffline(true)
  await page.reload()
  await backOnRoute()
  await page.locator('[data-test="offline-copy"]').waitFor()
  await page.locator('.offline-bar').waitFor()
  await shot('offline-route')
  await openStop(j.offlineStop)
  await page.locator('[data-test="deliver"]').click()
  await typeCode(offlineCode)
  await page.locator('[data-test="confirm-deliver"]').click()
  await backOnRoute()
  await page.locator('[data-test="queue"]', { hasText: '待发送 1' }).waitFor()
  await page.locator(`[data-stop="${j.offlineStop}"]`, { hasText: '待发送' }).waitFor()
  await page.locator('[data-test="queue"]').click()
  await page.locator('[data-test="queued-item"]').waitFor()
  await shot('offline-queue')
  await page.locator('.van-popup__close-icon:visible').click()

  // back online: sent once, the queue is empty, the stop delivered
  await context.setOffline(false)
  await page.locator('[data-test="queue"]', { hasText: '待发送 0' }).waitFor({ timeout: 30_000 })
  await page.locator(`[data-stop="${j.offlineStop}"]`, { hasText: '已送达' }).waitFor({ timeout: 30_000 })
  const queue = await page.evaluate(() => localStorage.getItem('taoshu-courier-queue'))
  if (queue !== '[]') throw new Error('queue not empty: ' + queue)
  const order = await api(`/api/app/orders/${j.offlineOrder}`, j.offlineReader)
  const status = (order.order ?? order).status
  if (status !== 'DELIVERED') throw new Error('offline delivery not delivered: ' + status)
  await page.locator('[data-test="gps"]', { hasText: '定位未上报' }).waitFor()
  await shot('today-finished')
  log('route finished; journey ok')
} catch (e) {
  await page.screenshot({ path: `${shots}/courier-error.png` }).catch(() => {})
  console.error('JOURNEY FAILED:', e)
  process.exitCode = 1
} finally {
  await browser.close()
}
