// Demo helper (all-in-one started with --spring.profiles.active=demo): gives courier 13900000001 (李师傅, 岳麓) a route
// for today through the public APIs, as readers and a librarian would: demo readers 10, 20 and 30 (approved for home
// delivery) each order one book to their door in today's next open slot, librarian1 approves and hands the orders to
// 李师傅. Then open /courier/ as 13900000001 / courier123 and deliver it.
//   node courier-app-api/web/scripts/demo-route.mjs          plan the route
//   node courier-app-api/web/scripts/demo-route.mjs codes    after 出发: the 4-digit codes the readers would show
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

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const readerToken = async (code) => (await call('POST', '/api/app/auth/wx-login', null, { code })).token

if (process.argv[2] === 'codes') {
  for (const code of readers) {
    const token = await readerToken(code)
    const page = await call('GET', '/api/app/orders?size=20', token)
    for (const o of page.records ?? page) {
      if (o.status !== 'OUT_FOR_DELIVERY') continue
      const detail = await call('GET', `/api/app/orders/${o.id}`, token)
      console.log(`${names[code]}（${code}）订单 ${o.orderNo ?? o.id}：取书码 ${detail.tracking?.handoverCode ?? '（出发后才有）'}`)
    }
  }
  process.exit(0)
}

const librarian = await call('POST', '/api/admin/auth/login', null, { username: 'librarian1', password: 'lib12345' })
const branchId = librarian.staff.branchId
const courier = await call('POST', '/api/courier/auth/login', null, { phone: '13900000001', password: 'courier123' })
const branches = await call('GET', '/api/app/branches', await readerToken(readers[0]))
const branch = branches.find((b) => b.id === branchId)
const slots = await call('GET', `/api/app/delivery-slots?branchId=${branchId}&date=${today}`, await readerToken(readers[0]))
const slot = slots.find((s) => s.bookable)
if (!slot) {
  console.error(`今天（${today}）${branch.name}的配送时段都已截止预约：明天再试，或在管理端「配送」里加一个时段。`)
  process.exit(1)
}
const books = (await call('GET', `/api/app/books?branchId=${branchId}&availableOnly=true&size=50`, await readerToken(readers[0]))).records
let next = Math.floor(Math.random() * 20)
const offsets = [[0.006, 0.004], [-0.004, 0.007], [0.003, -0.006]]
for (const [i, code] of readers.entries()) {
  const token = await readerToken(code)
  const address = await call('POST', '/api/app/addresses', token, {
    contactName: names[code], phone: `1370000${String(1000 + i)}`, address: `长沙市岳麓区演示路${i + 1}号`,
    door: `${i + 1}栋${i + 2}单元${101 + i}`, lat: Number(branch.lat) + offsets[i][0], lng: Number(branch.lng) + offsets[i][1],
    branchId, isDefault: true,
  })
  let order
  for (let tries = 0; !order && tries < 10; tries++) {
    const book = books[next++ % books.length]
    try {
      const cart = await call('POST', '/api/app/cart/items', token, { bookId: book.id, branchId })
      const item = cart.items.find((it) => it.bookId === book.id)
      order = (await call('POST', '/api/app/orders', token, {
        cartItemIds: [item.id], fulfilment: 'DELIVERY', addressId: address.id, slotId: slot.id,
      })).order
    } catch (e) {
      console.warn(`  ${names[code]}：${e.message}，换一本`)
    }
  }
  if (!order) throw new Error(`${names[code]} 没能下单`)
  if (order.status === 'SUBMITTED') await call('POST', `/api/admin/orders/${order.id}/approve`, librarian.token, {})
  await call('POST', `/api/admin/delivery/orders/${order.id}/assign`, librarian.token, { courierId: courier.staff.id })
  console.log(`${names[code]} 的送书订单 ${order.orderNo} 已排给李师傅（${slot.startTime.slice(0, 5)} 时段）`)
}
console.log(`\n用手机大小的浏览器打开 ${base}/courier/ ，以 13900000001 / courier123 登录送这条路线；`
  + '出发后运行 `node courier-app-api/web/scripts/demo-route.mjs codes` 查看读者的取书码。')
