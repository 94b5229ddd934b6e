import { describe, expect, it } from 'vitest'
import { departureText } from './format'

describe('departureText', () => {
  it('gives the planned start and riding time of a planned route', () => {
    expect(departureText({ plannedStart: '2026-12-07T01:57:00Z', travelSeconds: 840 })).toBe('计划 09:57 出发 · 骑行约 14 分钟')
  })

  it('says a hand-assigned route has no planned times instead of an empty time and 0 minutes', () => {
    expect(departureText({ plannedStart: null, travelSeconds: 0 })).toBe('馆员指派的路线，未排线：按站序送达')
  })
})
