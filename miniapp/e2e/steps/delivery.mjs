// 送书上门 in the readers' app, called from journey.mjs after the renew step (the reader must be delivery-eligible:
// demo readers 05, 10, … are). The reader adds an address by picking a place on the map, orders a book for delivery
// in tomorrow's first slot with a half hour, the librarian approves and plans the slot through the admin API, the
// courier sets off and reports a position through the courier API, and the reader sees the tracking card: courier,
// ETA, the courier's dot and the 交接码 in large type. Then 上门取还 (asked for and cancelled), 设置 and the privacy
// page; the new pages are measured in 长辈模式 too. Prints `E2E_DELIVERY_ORDER_ID=<id>` and `E2E_PICKUP_ID=<id>`.
//
// The map picker is stubbed at the platform boundary: WeChat's uni.chooseLocation has no browser counterpart without
// a map key, so the H5 build asks the host page for `taoshuPlatform.chooseLocation` (src/utils/location.ts); the
// stub (page.addInitScript below) answers first a point far outside every branch's range (the backend's refusal is
// shown on the form), then E2E_PICK_LAT/E2E_PICK_LNG.
//
// Environment: E2E_DELIVERY_BOOK_ID (a title with a free copy at E2E_BRANCH_ID), E2E_BRANCH_ID, E2E_COURIER_PHONES
// (the branch's couriers, comma-separated), E2E_COURIER_PASSWORD, E2E_PICK_LAT, E2E_PICK_LNG.

export async function deliverySteps({ page, baseUrl, app, body, shot, check, api, measure, branchName, librarian, librarianPassword }) {
  const env = (k) => process.env[k] ?? (() => { throw new Error(`缺少环境变量 ${k}`) })()
  const bookId = Number(env('E2E_DELIVERY_BOOK_ID'))
  const branchId = Number(env('E2E_BRANCH_ID'))
  const courierPhones = env('E2E_COURIER_PHONES').split(',')
  const courierPassword = env('E2E_COURIER_PASSWORD')
  const pick = { lat: Number(env('E2E_PICK_LAT')), lng: Number(env('E2E_PICK_LNG')) }

  await page.context().addInitScript((point) => {
    const answers = [
      { name: '橘子洲头', address: '湖南省长沙市岳麓区橘子洲', latitude: 28.05, longitude: 112.80 },
      { name: '马王堆小区', address: '湖南省长沙市芙蓉区远大一路', latitude: point.lat, longitude: point.lng },
    ]
    window.taoshuPlatform = { chooseLocation: async () => answers.length > 1 ? answers.shift() : answers[0] }
  }, pick)
  await page.reload()
  // uni's H5 storage keeps a string as it is (anything else as {type, data} JSON)
  const readerToken = await page.evaluate(() => localStorage.getItem('taoshu.token'))
  check(typeof readerToken === 'string' && readerToken.length > 10, '读者已登录')

  // 收书地址: a place too far away is refused with the backend's words; the right place is saved with its point
  await app('pages/me/addresses')
  await body().getByText('新增收书地址').waitFor()
  const form = body().locator('.form')
  await form.locator('input').nth(0).fill('陈志强')
  await form.locator('input').nth(1).fill('13712345605')
  await form.getByText('在地图上选位置').click()
  await form.getByText('已选位置：橘子洲头').waitFor()
  await form.locator('input').nth(3).fill('3栋2单元501')
  await form.getByText('保存地址').click()
  await form.locator('.refused').waitFor()
  check(/送书范围/.test(await form.locator('.refused').innerText()), '超出送书范围时表单上显示后台的说明')
  await shot('address-out-of-range')
  await form.getByText('在地图上选位置').click()
  await form.getByText('已选位置：马王堆小区').waitFor()
  check(!(await form.locator('.refused').isVisible()), '重新选点后不再显示拒绝说明')
  await form.getByText('保存地址').click()
  const saved = body().locator('.address').filter({ hasText: '马王堆小区' })
  await saved.waitFor()
  check(/由 芙蓉社区图书馆 配送，距离约 \d+ 米/.test(await saved.innerText()), '保存的地址显示配送分馆和距离')
  await shot('address-saved')
  await page.getByText('地址已保存').waitFor({ state: 'hidden' })

  // 借书车 → 送书上门: the address just saved, tomorrow, the first slot with places left, a half hour
  await api('POST', '/api/app/cart/items', readerToken, { bookId, branchId })
  await app('pages/cart/cart')
  const group = body().locator('.card').filter({ hasText: branchName }).filter({ hasText: '提交借书' })
  await group.waitFor()
  await group.locator('.choice').filter({ hasText: /^\s*送书上门\s*$/ }).click()
  await group.locator('.choice').filter({ hasText: '马王堆小区' }).click()
  const d = new Date(Date.now() + 8 * 3600_000 + 86400_000) // tomorrow in Asia/Shanghai
  const tomorrow = `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
  const tomorrowSlots = () => page.waitForResponse((r) => r.url().includes('/api/app/delivery-slots')
    && r.url().includes(`date=${d.toISOString().slice(0, 10)}`))
  let slotsLoaded = tomorrowSlots()
  await group.locator('.choice').filter({ hasText: tomorrow }).click()
  await slotsLoaded
  await page.waitForTimeout(200) // the answer rendered
  await group.locator('.slot.on').waitFor()
  check(/剩 \d+ 个名额/.test(await group.locator('.slot.on').innerText()), '配送时段显示剩余名额')
  const slotText = (await group.locator('.slot.on').innerText()).split('\n')[0].trim()
  await group.getByText('整个时段都行').waitFor()
  const half = group.locator('.choice').filter({ hasText: /^\s*\d\d:\d\d–\d\d:\d\d\s*$/ }).nth(1)
  const halfText = (await half.innerText()).trim()
  await half.click()
  await shot('cart-delivery-slot')
  await group.getByText('提交借书').click()
  await page.waitForURL(/pages\/orders\/detail/)
  await body().getByText('待审核').first().waitFor()
  await body().getByText('已预约，等待安排送书员').waitFor()
  const orderId = Number(new URL(page.url().replace('#/', '')).searchParams.get('id'))
  check(orderId > 0, '送书上门订单已提交')
  console.log(`E2E_DELIVERY_ORDER_ID=${orderId}`)
  check((await body().innerText()).includes(`（希望 ${halfText}）`), '订单详情显示所选的半小时')
  await shot('delivery-order-submitted')

  // the librarian approves and plans the slot; the branch's courier whose route it is sets off and reports a position
  const staff = await api('POST', '/api/admin/auth/login', null, { username: librarian, password: librarianPassword })
  await api('POST', `/api/admin/orders/${orderId}/approve`, staff.token, {})
  const review = await api('GET', `/api/admin/orders/${orderId}`, staff.token)
  const slotId = review.detail.order.delivery.slotId
  const slotDate = review.detail.order.delivery.slotDate
  check(`${review.detail.order.delivery.slotStart.slice(0, 5)}–${review.detail.order.delivery.slotEnd.slice(0, 5)}` === slotText,
    `订单的时段就是所选的时段（${slotText}）`)
  await api('POST', `/api/admin/delivery/slots/${slotId}/plan`, staff.token, {})
  const routes = await api('GET', `/api/admin/delivery/routes?date=${slotDate}&slotId=${slotId}`, staff.token)
  const route = routes.find((r) => r.stops.some((s) => s.orderId === orderId))
  check(route, '排线后订单在一条路线上')
  let courierToken = null
  for (const phone of courierPhones) {
    const c = await api('POST', '/api/courier/auth/login', null, { phone, password: courierPassword })
    const res = await fetch(`${baseUrl}/api/courier/routes/${route.id}/start`, { method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${c.token}` }, body: '{}' })
    if (res.ok && (await res.json()).code === 0) {
      courierToken = c.token
      break
    }
  }
  check(courierToken, `路线 ${route.id} 的配送员出发了`)
  await api('POST', '/api/courier/location', courierToken, { lat: pick.lat + 0.006, lng: pick.lng - 0.004 })

  // the reader's tracking card: courier, ETA, the dot on the schematic, the 交接码 large
  await app(`pages/orders/detail?id=${orderId}`)
  await body().getByText('送书员正在路上').waitFor()
  await body().locator('.courier-dot').waitFor()
  const card = body().locator('.tracking')
  check(/送书员\s*\S师傅 1\d\d\*\*\*\*\d{4}/.test(await card.innerText()), '显示送书员和脱敏手机号')
  check(/预计送达\s*\d+月\d+日 \d\d:\d\d/.test(await card.innerText()), '显示预计送达时间')
  check(/送书员离您约 \d+ 米/.test(await card.innerText()), '显示送书员离家的距离')
  const code = body().locator('.handover-code')
  check(/^\d{4}$/.test((await code.innerText()).trim()), '显示4位交接码')
  const codeSize = await code.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  check(codeSize >= 40, `交接码字号至少40px（${codeSize}px）`)
  const dot = await body().locator('.courier-dot').boundingBox()
  const home = await body().locator('.home-dot').boundingBox()
  check(dot && home && dot.x < home.x && dot.y < home.y, '送书员在家的西北方向（示意图北在上）')
  await shot('delivery-tracking')

  // 上门取还: a loan, tomorrow's first slot; listed, then cancelled before the courier sets off
  await app('pages/me/me')
  await body().getByText('请送书员上门取书还书').click()
  await page.waitForURL(/pages\/me\/pickups/)
  await body().getByText('预约上门取书').first().waitFor()
  await body().locator('.loan').first().click()
  await body().locator('.choice').filter({ hasText: '马王堆小区' }).click()
  slotsLoaded = tomorrowSlots()
  await body().locator('.choice').filter({ hasText: tomorrow }).click()
  await slotsLoaded
  await page.waitForTimeout(200)
  await body().locator('.slot.on').waitFor()
  await body().getByText('预约上门取书（1 本）').click()
  const pickup = body().locator('.pickup').first()
  await pickup.getByText('取消预约').waitFor()
  await shot('return-pickup-requested')
  const pickups = await api('GET', '/api/app/return-pickups', readerToken)
  console.log(`E2E_PICKUP_ID=${pickups[0].id}`)
  await pickup.getByText('取消预约').click()
  await page.locator('.uni-modal').getByText('取消预约').click()
  await pickup.getByText('已取消').waitFor()
  await shot('return-pickup-cancelled')

  // 设置 and the privacy page (the browser's static page)
  await app('pages/me/settings')
  await body().getByText('微信订阅消息', { exact: true }).waitFor()
  await body().getByText('退出登录').waitFor()
  await shot('settings')
  await body().getByText('隐私保护指引', { exact: true }).click()
  await page.waitForURL(/pages\/me\/privacy/)
  await body().getByText('淘书隐私保护指引').waitFor()
  await shot('privacy')

  // the new pages in 长辈模式 (switched on in 设置, off again for the journey's own 长辈模式 part on 我的)
  await app('pages/me/settings')
  await body().locator('.elder-toggle').click()
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('taoshu.elderMode') ?? '{}').data === true)
  for (const [hash, ready, name] of [
    ['pages/me/settings', '退出登录', '设置'],
    ['pages/me/addresses', '新增收书地址', '收书地址'],
    ['pages/me/pickups', '我的上门取还', '上门取还'],
    [`pages/orders/detail?id=${orderId}`, '送书员正在路上', '送书订单详情'],
  ]) {
    await app(hash)
    await body().getByText(ready).first().waitFor()
    await page.waitForTimeout(300)
    const m = await measure(18, 48)
    check(m.small.length === 0, `${name}：长辈模式下的字小于18px：${m.small.join('，')}`)
    check(m.lowTargets.length === 0, `${name}：长辈模式下的按钮低于48px：${m.lowTargets.join('，')}`)
    check(m.scrollWidth <= 390, `${name}：页面横向溢出（${m.scrollWidth}px）`)
    if (name === '送书订单详情') await shot('delivery-tracking-elder')
  }
  await app('pages/me/settings')
  await body().locator('.elder-toggle').click()
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('taoshu.elderMode') ?? '{}').data === false)
}
