import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessage } from 'element-plus'
import { ApiError } from './http'
import { useRowAction } from './rowAction'

describe('useRowAction', () => {
  afterEach(() => vi.restoreAllMocks())

  it('marks the row while it runs, says so, runs done and reloads', async () => {
    const success = vi.spyOn(ElMessage, 'success').mockReturnValue(undefined as never)
    const reload = vi.fn(async () => {})
    const done = vi.fn()
    const { acting, run } = useRowAction<number>(reload)
    let during: number | null = null
    await run(7, async () => { during = acting.value }, '已入库', done)
    expect(during).toBe(7)
    expect(acting.value).toBeNull()
    expect(success).toHaveBeenCalledWith('已入库')
    expect(done).toHaveBeenCalledOnce()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('the row changed meanwhile (409): no success, no done, but the list reloads', async () => {
    const success = vi.spyOn(ElMessage, 'success').mockReturnValue(undefined as never)
    const reload = vi.fn(async () => {})
    const done = vi.fn()
    const { acting, run } = useRowAction<number>(reload)
    await run(7, () => Promise.reject(new ApiError('已处理', 409, 40901)), '已入库', done)
    expect(success).not.toHaveBeenCalled()
    expect(done).not.toHaveBeenCalled()
    expect(reload).toHaveBeenCalledOnce()
    expect(acting.value).toBeNull()
  })

  it('any other error: the list stays as it is', async () => {
    const reload = vi.fn(async () => {})
    const { acting, run } = useRowAction<number>(reload)
    await run(7, () => Promise.reject(new ApiError('参数错误', 400, 10001)), '已入库')
    expect(reload).not.toHaveBeenCalled()
    expect(acting.value).toBeNull()
  })
})
