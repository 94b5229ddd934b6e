// The reader's token and profile, kept in uni storage (wx storage in WeChat, localStorage in H5).
const TOKEN_KEY = 'taoshu.token'
const READER_KEY = 'taoshu.reader'

export const session = {
  token(): string | null {
    return (uni.getStorageSync(TOKEN_KEY) as string) || null
  },
  reader<T>(): T | null {
    return (uni.getStorageSync(READER_KEY) as T) || null
  },
  save(token: string, reader: unknown) {
    uni.setStorageSync(TOKEN_KEY, token)
    uni.setStorageSync(READER_KEY, reader)
  },
  clear() {
    uni.removeStorageSync(TOKEN_KEY)
    uni.removeStorageSync(READER_KEY)
  },
}
