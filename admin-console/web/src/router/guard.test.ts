import { describe, expect, it } from 'vitest'
import { decide, safeRedirect } from './guard'
import { menuFor, routes } from './routes'

function to(name: string, fullPath: string, meta: Record<string, unknown> = {}) {
  return { name, fullPath, meta, matched: [{ meta }] } as never
}

describe('route guard', () => {
  it('sends a visitor without a session to login, remembering where they wanted to go', () => {
    expect(decide(to('orders', '/orders?status=APPROVED'), { loggedIn: false, role: null }))
      .toEqual({ name: 'login', query: { redirect: '/orders?status=APPROVED' } })
    expect(decide(to('dashboard', '/'), { loggedIn: false, role: null })).toEqual({ name: 'login' })
  })

  it('lets a signed-in librarian through but keeps ADMIN pages for admins', () => {
    expect(decide(to('orders', '/orders'), { loggedIn: true, role: 'LIBRARIAN' })).toBe(true)
    expect(decide(to('staff', '/staff', { adminOnly: true }), { loggedIn: true, role: 'LIBRARIAN' })).toEqual({ name: 'dashboard' })
    expect(decide(to('staff', '/staff', { adminOnly: true }), { loggedIn: true, role: 'ADMIN' })).toBe(true)
  })

  it('shows login to visitors and skips it when already signed in', () => {
    expect(decide(to('login', '/login', { public: true }), { loggedIn: false, role: null })).toBe(true)
    expect(decide(to('login', '/login', { public: true }), { loggedIn: true, role: 'LIBRARIAN' })).toEqual({ name: 'dashboard' })
  })

  it('only honours same-app redirects after login', () => {
    expect(safeRedirect('/orders')).toBe('/orders')
    expect(safeRedirect('//evil.example')).toBe('/dashboard')
    expect(safeRedirect('https://evil.example')).toBe('/dashboard')
    expect(safeRedirect(undefined)).toBe('/dashboard')
  })
})

describe('menu', () => {
  it('shows staff, rules and jobs to ADMIN only', () => {
    const librarian = menuFor('LIBRARIAN').map((m) => m.title)
    const common = ['首页', '订单审核', '暂存架', '还书', '借书', '预约与上门取还', '逾期与赔偿', '盘点', '配送', '读者', '图书', '阅读资讯', '读者建议', '书评管理', '统计', '通知']
    expect(librarian).toEqual(common)
    expect(menuFor('ADMIN').map((m) => m.title)).toEqual([...common, '借阅规则', '员工', '任务'])
  })

  it('lists the paths admin-console forwards to index.html on a reload', () => {
    const children = routes.find((r) => r.path === '/')!.children!.map((c) => `/${c.path}`)
    expect([...children, '/login'].sort()).toEqual(
      ['/books', '/dashboard', '/delivery', '/holding-shelf', '/desk-returns', '/desk-checkout', '/jobs', '/login', '/notifications', '/orders', '/readers', '/rules',
        '/staff', '/reservations', '/news', '/suggestions', '/reviews', '/stats', '/overdue', '/stock-take'].sort())
  })
})
