import { computed, ref } from 'vue'
import { deliverySlots } from '../api/me'
import type { SlotView } from '../api/types'
import { firstBookable, halfHours, type HalfHour } from '../utils/delivery'
import { shanghaiDays } from '../utils/orderTabs'

/**
 * The day, slot and optional half hour a reader picks for a visit at the door (借书车 送书上门, 上门取还): today or
 * tomorrow (Shanghai), the branch's slots of that day with the first bookable one chosen, and within the slot a half
 * hour or the whole slot (`halfHour` null). Changing the day or the slot drops the half hour.
 */
export function useSlotChoice() {
  const days = shanghaiDays()
  const day = ref(days[0])
  const slots = ref<SlotView[]>([])
  const slotId = ref<number | null>(null)
  const halfHour = ref<HalfHour | null>(null)
  const windows = computed(() => halfHours(slots.value.find((s) => s.id === slotId.value)))

  /** The slots of the chosen day at this branch (none without a branch). */
  async function loadSlots(branchId: number | null) {
    slots.value = branchId ? await deliverySlots(branchId, day.value) : []
    slotId.value = firstBookable(slots.value)
    halfHour.value = null
  }
  async function pickDay(d: string, branchId: number | null) {
    day.value = d
    await loadSlots(branchId)
  }
  function pickSlot(s: SlotView) {
    if (!s.bookable) return
    slotId.value = s.id
    halfHour.value = null
  }

  return { days, day, slots, slotId, halfHour, windows, loadSlots, pickDay, pickSlot }
}
