// Demo helper (all-in-one started with --spring.profiles.active=demo): the demo starts with a route for courier
// 13900000001 (李师傅) to demo readers 10, 20 and 30 (DemoTodayRoute). After 出发 this prints the 4-digit handover codes
// the readers would show at the door (the same codes the reader app shows them).
//   node courier-app-api/web/scripts/demo-codes.mjs
// BASE_URL=http://localhost:8080 by default.
const base = process.env.BASE_URL ?? 'http://localhost:8080'
const readers = ['demo-reader10', 'demo-reader20', 'demo-reader30']
const names = { 'demo-reader10': '周文斌', 'demo-reader20': '罗建军', 'demo-reader30': '萧梓涵' }

async function call(method, path, token, body) {
  const res = await fetch(base + path, {
    method,
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const answer = await res.json().catch(() => ({}))
  if (!res.ok || answer.code !== 0) throw new Error(`${method} ${path}: ${res.status} ${answer.msg ?? ''}`)
  return answer.data
}

const readerToken = async (code) => (await call('POST', '/api/app/auth/wx-login', null, { code })).token

let shown = 0
for (const code of readers) {
  const token = await readerToken(code)
  const page = await call('GET', '/api/app/orders?size=20', token)
  for (const o of page.records ?? page) {
    if (o.status !== 'OUT_FOR_DELIVERY') continue
    const detail = await call('GET', `/api/app/orders/${o.id}`, token)
    shown++
    console.log(`${names[code]}（${code}）订单 ${o.orderNo ?? o.id}：取书码 ${detail.tracking?.handoverCode ?? '（出发后才有）'}`)
  }
}
if (shown === 0) console.log('没有配送中的订单：李师傅还没按「出发」，或这条路线已经送完。')
