// The readers' app (H5 build, served at /m/) in Debian's Chromium at phone size (390×844), against a running app with
// demo data. Run by MiniappE2EIT (all-in-one), or by hand:
//   E2E_READER=demo-reader05 E2E_PINYIN=luotuoxiangzi E2E_TITLE=骆驼祥子 E2E_BRANCH_NAME=芙蓉社区图书馆 \
//   E2E_LIBRARIAN=librarian2 E2E_LIBRARIAN_PASSWORD=lib12345 E2E_LOAN_TITLE=活着 node e2e/journey.mjs <baseUrl> <shotDir>
// The reader searches by pinyin, adds the title to the cart at the branch and borrows it for pickup; the librarian
// approves through the admin API; the reader sees 待取书 with the deadline, renews the loan E2E_LOAN_TITLE on 我的; then
// 长辈模式: the same search and the orders, every text ≥ 18 px, every button ≥ 48 px tall, nothing wider than 390 px.
// Prints `E2E_ORDER_ID=<id>` for the IT to check. Exit code 0 = every assertion held.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { contentElderChecks, contentSteps } from './steps/content.mjs'
import { deliverySteps } from './steps/delivery.mjs'
import { upgradeSteps } from './steps/upgrade.mjs'

const [baseUrl, shotDir] = process.argv.slice(2)
const env = (k) => process.env[k] ?? (console.error(`缺少环境变量 ${k}`), process.exit(2))
const reader = env('E2E_READER')
const pinyin = env('E2E_PINYIN')
const title = env('E2E_TITLE')
const branchName = env('E2E_BRANCH_NAME')
const librarian = env('E2E_LIBRARIAN')
const librarianPassword = env('E2E_LIBRARIAN_PASSWORD')
const loanTitle = env('E2E_LOAN_TITLE')
if (!baseUrl || !shotDir) {
  console.error('usage: node e2e/journey.mjs <baseUrl> <screenshotDir>')
  process.exit(2)
}
mkdirSync(shotDir, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-dev-shm-usage'],
})
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true,
  hasTouch: true, locale: 'zh-CN' })
const page = await context.newPage()
page.setDefaultTimeout(15_000)
const problems = []
page.on('pageerror', (e) => problems.push(`页面脚本错误: ${e.message}`))
page.on('requestfailed', (r) => console.log(`[request failed] ${r.url()} ${r.failure()?.errorText}`))
page.on('response', (r) => {
  if (r.status() === 404) console.log(`[404] ${r.url()}`)
})
page.on('console', (m) => {
  if (m.type() !== 'error') return
  console.log(`[browser console] ${m.text()}`)
  if (m.text().includes('Content Security Policy')) problems.push(`内容安全策略拦截: ${m.text()}`)
})

let step = 0
async function shot(name) {
  step += 1
  await page.waitForTimeout(300) // uni's page-enter transition and toasts settle
  await page.screenshot({ path: join(shotDir, `${String(step).padStart(2, '0')}-${name}.png`) })
}
function check(ok, what) {
  if (!ok) throw new Error(`断言失败：${what}`)
}
const app = (hash) => page.goto(`${baseUrl}/m/#/${hash}`)
const body = () => page.locator('uni-page-body').last()

/** The visible page: every text ≥ minFont px, every button ≥ minTap px tall, no horizontal overflow. */
async function measure(minFont, minTap) {
  return page.evaluate(([minFont, minTap]) => {
    const small = []
    const lowTargets = []
    const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' }
    for (const el of document.querySelectorAll('uni-page-head *, uni-page-body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())
      if (!own || !visible(el)) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size < minFont) small.push(`${el.textContent.trim().slice(0, 12)}=${size}px`)
    }
    for (const el of document.querySelectorAll('uni-page-body uni-button, uni-page-body .menu-item, uni-page-body .tab, uni-page-body .choice')) {
      if (visible(el) && el.getBoundingClientRect().height < minTap) lowTargets.push(`${el.textContent.trim().slice(0, 12)}=${Math.round(el.getBoundingClientRect().height)}px`)
    }
    return { small, lowTargets, scrollWidth: document.documentElement.scrollWidth }
  }, [minFont, minTap])
}

async function api(method, path, token, data) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: data ? JSON.stringify(data) : undefined,
  })
  const json = await res.json()
  check(res.ok && json.code === 0, `${method} ${path} → ${res.status} ${json.msg}`)
  return json.data
}

try {
  // the browser logs in silently as the chosen demo reader (401 → demo code → wx-login → retry)
  // uni's H5 storage keeps a string as it is in localStorage: choose the demo reader before the app starts
  await context.addInitScript((code) => localStorage.setItem('taoshu.demoCode', code), reader)
  await app('pages/index/index')
  await body().getByText('图书分类').waitFor()
  await body().getByText('新书').waitFor()
  await shot('home')

  // 拼音 search from the home search box
  await body().locator('input').fill(pinyin)
  await body().getByText('搜索', { exact: true }).click()
  await page.waitForURL(/pages\/search\/search/)
  await body().getByText(title, { exact: true }).first().waitFor()
  check(await body().getByText('拼音匹配').count() > 0, '搜索结果标明拼音匹配')
  await shot('search-pinyin')

  await body().getByText(title, { exact: true }).first().click()
  await page.waitForURL(/pages\/book\/detail/)
  await body().getByText('各馆可借').waitFor()
  const branchRow = body().locator('.branch').filter({ hasText: branchName })
  await branchRow.getByText('加入借书车').click()
  await page.getByText('已加入借书车').waitFor()
  await shot('book-detail')

  // 借书车: lines by branch, what the card still allows, 到馆自取, submit
  await page.goBack()
  await page.goBack()
  await page.locator('uni-tabbar').getByText('借书车').click()
  await page.waitForURL(/pages\/cart\/cart/)
  await body().getByText('借书证还可借').waitFor()
  const group = body().locator('.card').filter({ hasText: branchName }).filter({ hasText: '提交借书' })
  await group.getByText(title).waitFor()
  await shot('cart')
  await group.getByText('送书上门').click()
  await group.getByText('配送时段', { exact: true }).waitFor()
  await shot('cart-delivery-choice')
  await group.getByText('到馆自取').click()
  await group.getByText('提交借书').click()
  await page.waitForURL(/pages\/orders\/detail/)
  await body().getByText('待审核').first().waitFor()
  await body().getByText(`《${title}》`).waitFor()
  const orderId = Number(new URL(page.url().replace('#/', '')).searchParams.get('id'))
  check(orderId > 0, '提交后打开订单详情')
  console.log(`E2E_ORDER_ID=${orderId}`)
  await shot('order-submitted')

  // the librarian approves through the API; the reader sees 待取书 with the holding-shelf deadline
  const staff = await api('POST', '/api/admin/auth/login', null, { username: librarian, password: librarianPassword })
  await api('POST', `/api/admin/orders/${orderId}/approve`, staff.token, {})
  await app('pages/orders/list')
  await body().locator('.tab').filter({ hasText: '待取书' }).click()
  const ready = body().locator('.order').filter({ hasText: title }).first()
  await ready.getByText('待取书').waitFor()
  check(/请在 \d+月\d+日 \d\d:\d\d 前到馆取书/.test(await ready.innerText()), '待取书订单显示取书期限')
  await shot('orders-ready-for-pickup')
  await ready.click()
  await body().getByText('书已放上暂存架').waitFor()
  await body().getByText('进度').waitFor()
  await body().getByText('到柜台报取书码').waitFor()
  check(/^\d{4}$/.test((await body().locator('.pickup-code').innerText()).trim()), '待取书订单详情大字显示4位取书码')
  await shot('order-detail-timeline')

  // 我的: renew the loan
  await app('pages/me/me')
  const loan = body().locator('.item').filter({ hasText: loanTitle })
  await loan.waitFor()
  await loan.getByText('续借').click()
  await loan.getByText('已续借 1 次').waitFor()
  check(/可借 \d+ 本，还可借 \d+ 本/.test(await body().innerText()), '我的显示借书证可借和还可借的本数')
  await shot('me-renewed')
  await page.getByText('已续借，新到期日').waitFor({ state: 'hidden' })
  await upgradeSteps({ page, app, body, shot, check, measure })

  // 电子借书证: the signed code as a QR code, its text below, a countdown in words until it is fetched again
  await body().getByText('电子借书证').click()
  await page.waitForURL(/pages\/ecard\/ecard/)
  await body().locator('.qr-cell.dark').first().waitFor()
  const rows = await body().locator('.qr-row').count()
  check(rows >= 21 && (await body().locator('.qr-row').first().locator('.qr-cell').count()) === rows, '电子借书证显示方形二维码')
  check(/秒后自动更新/.test(await body().locator('.countdown').innerText()), '电子借书证显示倒计时')
  check((await body().locator('.code-text').innerText()).trim().length > 8, '二维码下方显示借书证码')
  const qrBox = await body().locator('.qr').boundingBox()
  check(qrBox && qrBox.width >= 240 && qrBox.x >= 0 && qrBox.x + qrBox.width <= 390, `二维码足够大且在屏幕内（${JSON.stringify(qrBox)}）`)
  await shot('ecard')

  // 消息中心: the reader's notices newest first, or (a backend without it) a plain sentence instead of an error
  await app('pages/notices/notices')
  await body().getByText(/条未读|没有未读消息|消息中心暂未开放/).first().waitFor()
  const unreadCards = body().locator('.notice.unread')
  if (await unreadCards.count()) {
    const before = await unreadCards.count()
    await unreadCards.first().click()
    await page.waitForFunction((n) => document.querySelectorAll('uni-page-body .notice.unread').length === n - 1, before)
  }
  await shot('notices')

  // 书评, 阅读建议/荐购, 活动 (steps/content.mjs)
  const content = await contentSteps({ page, app, body, shot, check, baseUrl })
  console.log(`E2E_ACTIVITY=${content.activityTitle}`)
  // 送书上门 and 上门取还 (steps/delivery.mjs: address with a picked point, delivery order, tracking, pickups, 设置)
  await deliverySteps({ page, baseUrl, app, body, shot, check, api, measure, branchName, librarian, librarianPassword })

  // the other pages of 我的: addresses, and (browser demo only) the demo reader chooser
  await app('pages/me/addresses')
  await body().getByText('新增收书地址').waitFor()
  await shot('addresses')
  await app('pages/login/login')
  await body().locator('.field').filter({ hasText: reader }).waitFor()
  await shot('demo-login')
  await app('pages/me/me')
  await body().locator('.elder-switch').waitFor()

  // 长辈模式: one tap on 我的, remembered
  await body().locator('.elder-switch').click()
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('taoshu.elderMode') ?? '{}').data === true)
  await shot('me-elder')
  const problemsOf = async (where) => {
    const m = await measure(18, 48)
    check(m.small.length === 0, `${where}：长辈模式下的字小于18px：${m.small.join('，')}`)
    check(m.lowTargets.length === 0, `${where}：长辈模式下的按钮低于48px：${m.lowTargets.join('，')}`)
    check(m.scrollWidth <= 390, `${where}：页面横向溢出（${m.scrollWidth}px）`)
  }
  await problemsOf('我的')

  await app('pages/index/index')
  await page.reload()
  await body().getByText('打电话给图书馆').waitFor()
  check(await body().getByText('图书分类').count() === 0, '长辈模式首页是简化的')
  check(!(await page.locator('uni-tabbar').isVisible().catch(() => false)), '长辈模式不显示小字的底部导航')
  await problemsOf('首页')
  await shot('home-elder')

  await body().locator('input').fill(pinyin)
  await body().getByText('搜索', { exact: true }).click()
  await page.waitForURL(/pages\/search\/search/)
  await body().getByText(title, { exact: true }).first().waitFor()
  await problemsOf('搜索结果')
  await shot('search-elder')

  await app('pages/index/index')
  await body().getByText('我的订单').click()
  await page.waitForURL(/pages\/orders\/list/)
  await body().locator('.tab').filter({ hasText: '待取书' }).click()
  await body().locator('.order').filter({ hasText: title }).first().waitFor()
  await problemsOf('我的订单')
  await shot('orders-elder')
  await contentElderChecks({ page, app, body, shot, problemsOf })

  check(problems.length === 0, problems.join('\n'))
  console.log(`journey ok: ${step} screenshots in ${shotDir}`)
} catch (e) {
  await shot('failure').catch(() => {})
  console.error(e.message)
  if (problems.length) console.error(problems.join('\n'))
  process.exitCode = 1
} finally {
  await browser.close()
}
