import { beforeEach, describe, expect, it } from 'vitest'
import { err, installSignedInUni } from './fake-uni'
import { addToCart } from '../src/api/cart'
import { noFreeCopyMessage } from '../src/utils/cart'

let uni: ReturnType<typeof installSignedInUni>
const MSG = '这本书在该分馆已全部借出，暂时不能加入借书车，可以预约，有书时通知您'

beforeEach(() => {
  uni = installSignedInUni()
})

describe('加入借书车 refused for want of a free copy', () => {
  it('hands the backend msg to the page without a toast, so the page can offer 预约', async () => {
    uni.answers.push(err(409, 30507, MSG))
    const e = await addToCart(7, 2, true).catch((x) => x)
    expect(noFreeCopyMessage(e)).toBe(MSG)
    expect(uni.toasts).toEqual([])
  })

  it('other refusals are not mistaken for it', async () => {
    uni.answers.push(err(409, 30501, '借书车已满'))
    const e = await addToCart(7, 2, true).catch((x) => x)
    expect(noFreeCopyMessage(e)).toBeNull()
    expect(noFreeCopyMessage(new Error(MSG))).toBeNull()
  })
})
