import { describe, expect, it } from 'vitest'
import {
  avatarSizeProblem, cardBenefits, deliveryBlocker, nicknameProblem, pendingOf, reasonProblem, statusTone, trustBlocker,
} from '../src/utils/upgrade'

describe('用户升级', () => {
  it('says what each card allows', () => {
    expect(cardBenefits('COMMUNITY_TRUST').join()).toContain('所属分馆')
    expect(cardBenefits('CITY_WIDE').join()).toContain('任一分馆')
  })

  it('offers the 诚信通 form only to a 全城通 reader with a home branch and nothing pending', () => {
    const me = { cardType: 'CITY_WIDE', homeBranchId: 3 }
    expect(trustBlocker(me, [])).toBeNull()
    expect(trustBlocker(me, [{ status: 'REJECTED' }, { status: 'WITHDRAWN' }])).toBeNull()
    expect(trustBlocker(me, [{ status: 'PENDING' }])).toContain('等待馆员审核')
    expect(trustBlocker({ ...me, homeBranchId: null }, [])).toContain('所属分馆')
    expect(trustBlocker({ ...me, cardType: 'COMMUNITY_TRUST' }, [])).toContain('已经是诚信通')
    expect(trustBlocker(null, [])).not.toBeNull()
  })

  it('offers the delivery form unless approved or pending', () => {
    expect(deliveryBlocker('NONE', [])).toBeNull()
    expect(deliveryBlocker('REJECTED', [{ status: 'REJECTED' }])).toBeNull()
    expect(deliveryBlocker('APPROVED', [])).toContain('送书上门')
    expect(deliveryBlocker('PENDING', [])).toContain('审核')
    expect(pendingOf([{ status: 'APPROVED' }, { status: 'PENDING' }])).toEqual({ status: 'PENDING' })
  })

  it('checks reasons, nicknames and avatar sizes as the backend does', () => {
    expect(reasonProblem('  ')).toBe('请填写申请理由')
    expect(reasonProblem('', false)).toBeNull()
    expect(reasonProblem('常来借书')).toBeNull()
    expect(reasonProblem('书'.repeat(256))).toContain('255')
    expect(nicknameProblem(' 读书人 ')).toBeNull()
    expect(nicknameProblem('')).toBe('请填写昵称')
    expect(nicknameProblem('名'.repeat(33))).toContain('32')
    expect(avatarSizeProblem(512 * 1024)).toBeNull()
    expect(avatarSizeProblem(512 * 1024 + 1)).toContain('512KB')
    expect(avatarSizeProblem(undefined)).toBeNull()
    expect(statusTone('APPROVED')).toBe('ok')
    expect(statusTone('REJECTED')).toBe('warn')
    expect(statusTone('PENDING')).toBe('plain')
  })
})
