// The librarians' UI in a real browser (Debian's Chromium via playwright-core), against a running app with demo data.
//   node e2e/flow.mjs <baseUrl> <screenshotDir>
// env: E2E_APPROVE_ORDER / E2E_REJECT_ORDER (order numbers submitted through the reader API, waiting for review at
// librarian1's branch), E2E_XLSX (a title import sheet with exactly one bad row), CHROMIUM (default /usr/bin/chromium).
// Exit code 0 = every step's assertion held; screenshots of each page go to <screenshotDir>.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

const [baseUrl, shotDir] = process.argv.slice(2)
const approveNo = process.env.E2E_APPROVE_ORDER
const rejectNo = process.env.E2E_REJECT_ORDER
const xlsx = process.env.E2E_XLSX
if (!baseUrl || !shotDir || !approveNo || !rejectNo || !xlsx) {
  console.error('usage: E2E_APPROVE_ORDER=… E2E_REJECT_ORDER=… E2E_XLSX=… node e2e/flow.mjs <baseUrl> <screenshotDir>')
  process.exit(2)
}
mkdirSync(shotDir, { recursive: true })

const REJECT_REASON = '该书已被预约，暂不外借'
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-dev-shm-usage'],
})
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true })
const page = await context.newPage()
page.setDefaultTimeout(15_000)
const problems = []
page.on('pageerror', (e) => problems.push(`页面脚本错误: ${e.message}`))
page.on('console', (m) => { if (m.type() === 'error') console.log(`[browser console] ${m.text()}`) })

let step = 0
async function shot(name) {
  step += 1
  // drawers slide in and tags zoom in: wait until no CSS animation/transition is running, so the picture is final
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 })
    .catch(() => {})
  const file = join(shotDir, `${String(step).padStart(2, '0')}-${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  console.log(`  screenshot ${file}`)
}
function log(msg) {
  console.log(`[e2e] ${msg}`)
}
async function expectMessage(text) {
  await page.locator('.el-message', { hasText: text }).first().waitFor({ state: 'visible' })
}
async function menu(title) {
  await page.locator('[data-testid=main-menu] .el-menu-item', { hasText: title }).click()
  await page.locator('.el-header .crumb', { hasText: title }).waitFor()
}
function orderRow(orderNo) {
  return page.locator('[data-testid=order-table] .el-table__body tr', { hasText: orderNo })
}
async function pickSelect(testId, option) {
  await page.locator(`[data-testid=${testId}]`).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

try {
  // ---- login ---------------------------------------------------------------------------------------------------
  log('登录')
  await page.goto(baseUrl + '/orders')
  await page.waitForURL(/\/login\?redirect=/)
  await page.locator('input[name=username]').fill('librarian1')
  await page.locator('input[name=password]').fill('wrong-password')
  await page.getByRole('button', { name: '登录' }).click()
  await page.locator('.el-message--error').first().waitFor() // the API's Chinese msg for a wrong password
  log(`  错误密码提示：${(await page.locator('.el-message--error').first().innerText()).trim()}`)
  await shot('login-error')
  await page.locator('input[name=password]').fill('lib12345')
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL(/\/orders/) // back where they wanted to go
  await page.locator('[data-testid=who]', { hasText: '周馆员' }).waitFor()
  const menuText = await page.locator('[data-testid=main-menu]').innerText()
  if (menuText.includes('员工') || menuText.includes('借阅规则')) throw new Error(`馆员不应看到管理员菜单：${menuText}`)

  // ---- 订单审核: approve one ------------------------------------------------------------------------------------
  log(`订单审核：通过 ${approveNo}`)
  await orderRow(approveNo).waitFor()
  await orderRow(rejectNo).waitFor()
  await shot('orders-queue')
  await orderRow(approveNo).click()
  const drawer = page.locator('.el-drawer')
  await drawer.locator('[data-testid=reader-standing]').waitFor()
  await drawer.getByText('全城通').first().waitFor()
  await drawer.locator('[data-testid=order-status]', { hasText: '待审核' }).waitFor()
  await shot('order-detail')
  await drawer.locator('[data-testid=approve]').click()
  await expectMessage(`订单 ${approveNo} 已审核通过`)
  await orderRow(approveNo).waitFor({ state: 'detached' })

  // ---- reject one with a reason, from the keyboard ----------------------------------------------------------------
  log(`订单审核：驳回 ${rejectNo}（键盘 Enter 打开、R 驳回）`)
  await page.locator('[data-testid=order-table]').waitFor()
  const rows = page.locator('[data-testid=order-table] .el-table__body tr')
  const texts = await rows.allInnerTexts()
  const index = texts.findIndex((t) => t.includes(rejectNo))
  if (index < 0) throw new Error(`队列中没有订单 ${rejectNo}`)
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await drawer.locator('[data-testid=order-status]', { hasText: '待审核' }).waitFor()
  await drawer.getByText(rejectNo).first().waitFor()
  await page.keyboard.press('r')
  const box = page.locator('.el-message-box')
  await box.waitFor()
  await box.locator('input').fill(REJECT_REASON)
  await shot('order-reject-reason')
  await box.getByRole('button', { name: '驳回' }).click()
  await expectMessage(`订单 ${rejectNo} 已驳回`)
  await orderRow(rejectNo).waitFor({ state: 'detached' })
  await pickSelect('status-filter', '审核不通过')
  await orderRow(rejectNo).waitFor()
  await orderRow(rejectNo).getByText('审核不通过').waitFor()
  await orderRow(rejectNo).click()
  await drawer.getByText(`原因：${REJECT_REASON}`).waitFor()
  await shot('order-rejected')
  await page.keyboard.press('Escape')

  // ---- 暂存架: hand over the approved order ---------------------------------------------------------------------
  log(`暂存架：取书 ${approveNo}`)
  await menu('暂存架')
  const shelfRow = page.locator('[data-testid=shelf-table] .el-table__body tr', { hasText: approveNo })
  await shelfRow.waitFor()
  await shelfRow.getByText('剩').first().waitFor()
  await shot('holding-shelf')
  await shelfRow.getByRole('button', { name: '取书' }).click()
  await page.locator('.el-message-box').getByRole('button', { name: '确认取书' }).click()
  await expectMessage(`订单 ${approveNo} 已取书`)
  await shelfRow.waitFor({ state: 'detached' })
  await shot('holding-shelf-after-pickup')

  // ---- 图书: Excel import with one bad row ---------------------------------------------------------------------
  log('图书：Excel 导入（含一行错误）')
  await menu('图书')
  await page.locator('[data-testid=book-table] .el-table__body tr').first().waitFor()
  await page.locator('[data-testid=open-import]').click()
  await page.locator('[data-testid=import-file]').setInputFiles(xlsx)
  const summary = page.locator('[data-testid=import-summary]')
  await summary.waitFor()
  const summaryText = (await summary.innerText()).trim()
  if (!summaryText.includes('成功 1 行') || !summaryText.includes('失败 1 行')) throw new Error(`导入结果不对：${summaryText}`)
  const errorRows = page.locator('[data-testid=import-errors] .el-table__body tr')
  await errorRows.first().waitFor()
  const errorText = (await errorRows.allInnerTexts()).join(' | ')
  if (!errorText.includes('ISBN') || !/\b3\b/.test(errorText)) throw new Error(`行错误没有显示第3行的 ISBN 错误：${errorText}`)
  log(`  行错误：${errorText.replace(/\s+/g, ' ')}`)
  await shot('books-import-errors')
  await page.locator('.el-dialog').getByRole('button', { name: 'Close' }).or(page.locator('.el-dialog__headerbtn')).first().click()

  // ---- 首页 dashboard with charts -----------------------------------------------------------------------------------
  log('首页：统计与图表')
  await menu('首页')
  await page.locator('[data-testid=dashboard-stats]').waitFor()
  await page.locator('[data-testid=orders-chart] canvas').waitFor()
  await page.locator('[data-testid=hot-chart] canvas').waitFor() // the pickup above started a loan
  const stats = await page.locator('[data-testid=dashboard-stats]').innerText()
  if (!stats.includes('今日订单') || !stats.includes('在借 / 逾期')) throw new Error(`首页统计缺失：${stats}`)
  await page.waitForTimeout(600) // let ECharts finish its entry animation before the screenshot (not a sync point)
  await shot('dashboard')

  // ---- a reload on a UI route is served by the app (SPA forwarding) ---------------------------------------------------
  log('刷新 /readers 由服务端返回 index.html')
  await page.goto(baseUrl + '/readers')
  await page.locator('[data-testid=reader-table] .el-table__body tr').first().waitFor()
  await shot('readers')

  if (problems.length) throw new Error(problems.join('\n'))
  log('全部通过')
  await browser.close()
  process.exit(0)
} catch (e) {
  console.error(`[e2e] 失败：${e?.stack ?? e}`)
  try {
    await shot('failure')
  } catch {
    /* ignore */
  }
  await browser.close()
  process.exit(1)
}
