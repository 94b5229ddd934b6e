import { beforeEach, describe, expect, it } from 'vitest'
import { installSignedInUni, ok } from './fake-uni'
import { useSlotChoice } from '../src/composables/useSlotChoice'
import type { SlotView } from '../src/api/types'

let uni: ReturnType<typeof installSignedInUni>
const slot = (id: number, bookable: boolean, startTime = '09:00', endTime = '10:00'): SlotView =>
  ({ id, branchId: 7, date: '2026-12-07', bookable, startTime, endTime, capacity: 3, reserved: bookable ? 0 : 3, remaining: bookable ? 3 : 0 })

beforeEach(() => {
  uni = installSignedInUni()
})

describe('useSlotChoice: the day, slot and half hour of a visit at the door', () => {
  it('starts today, loads the branch\'s slots of the day and takes the first bookable one', async () => {
    const c = useSlotChoice()
    expect(c.days).toHaveLength(2)
    expect(c.day.value).toBe(c.days[0])
    uni.answers.push(ok([slot(1, false), slot(2, true), slot(3, true)]))
    await c.loadSlots(7)
    expect(String(uni.requests[0].url)).toContain(`7`)
    expect(String(uni.requests[0].url)).toContain(c.days[0])
    expect(c.slotId.value).toBe(2)
    expect(c.windows.value.map((w) => w.label)).toHaveLength(2)
  })

  it('a half hour is dropped when the slot or the day changes; a full slot cannot be picked', async () => {
    const c = useSlotChoice()
    uni.answers.push(ok([slot(1, false), slot(2, true), slot(3, true, '14:00', '15:00')]))
    await c.loadSlots(7)
    c.halfHour.value = c.windows.value[1]
    c.pickSlot(slot(1, false))
    expect(c.slotId.value).toBe(2)
    expect(c.halfHour.value).not.toBeNull()
    c.pickSlot(slot(3, true, '14:00', '15:00'))
    expect(c.slotId.value).toBe(3)
    expect(c.halfHour.value).toBeNull()
    c.halfHour.value = c.windows.value[0]
    uni.answers.push(ok([]))
    await c.pickDay(c.days[1], 7)
    expect(c.day.value).toBe(c.days[1])
    expect(String(uni.requests[1].url)).toContain(c.days[1])
    expect(c.slotId.value).toBeNull()
    expect(c.halfHour.value).toBeNull()
    expect(c.windows.value).toEqual([])
  })

  it('no branch: no slots, nothing asked', async () => {
    const c = useSlotChoice()
    await c.loadSlots(null)
    expect(c.slots.value).toEqual([])
    expect(uni.requests).toEqual([])
  })
})
