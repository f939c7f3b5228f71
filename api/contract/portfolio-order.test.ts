import { describe, expect, it } from 'vitest'
import {
  byNeedOfAttention,
  daysPastCadence,
  orderByNeedOfAttention,
  type AttentionKey,
} from './portfolio-order.ts'

const key = (name: string, extra: Partial<AttentionKey> = {}): AttentionKey => ({
  id: name,
  name,
  band: 'steady',
  overdueCount: 0,
  daysSinceContact: 0,
  cadenceDays: 30,
  ...extra,
})
const order = (keys: AttentionKey[]) => [...keys].sort(byNeedOfAttention).map((k) => k.name)

describe('byNeedOfAttention', () => {
  it('puts at-risk first and strong last, whatever else', () => {
    const keys = [
      key('strong', { band: 'strong', overdueCount: 4 }),
      key('steady', { band: 'steady', overdueCount: 4 }),
      key('at risk', { band: 'at_risk' }),
    ]
    expect(order(keys)).toEqual(['at risk', 'steady', 'strong'])
  })

  it('within a band, the most overdue commitments first', () => {
    expect(order([key('one', { overdueCount: 1 }), key('three', { overdueCount: 3 })])).toEqual([
      'three',
      'one',
    ])
  })

  it('then the furthest past its cadence, measured against each its own target', () => {
    const keys = [
      // 20 days against a 14-day target is 6 past; 40 against 30 is 10 past; 50 of 90 is early.
      key('strategic', { daysSinceContact: 20, cadenceDays: 14 }),
      key('core', { daysSinceContact: 40, cadenceDays: 30 }),
      key('transactional', { daysSinceContact: 50, cadenceDays: 90 }),
    ]
    expect(order(keys)).toEqual(['core', 'strategic', 'transactional'])
  })

  it('counts never contacted as furthest past, and ties two such by name', () => {
    const keys = [
      key('Late', { daysSinceContact: 3000 }),
      key('Zulu', { daysSinceContact: null }),
      key('Alpha', { daysSinceContact: null }),
    ]
    expect(order(keys)).toEqual(['Alpha', 'Zulu', 'Late'])
  })

  it('ends on name, then id, so the order is the same every time', () => {
    const keys = [key('b'), key('a', { id: '2' }), key('a', { id: '1' })]
    expect([...keys].sort(byNeedOfAttention).map((k) => k.id)).toEqual(['1', '2', 'b'])
  })

  it('compares names as English does, whatever the machine’s locale', () => {
    // English sorts case and accents after the letter: a, Á, b; a byte order would put Á last.
    expect(order([key('b'), key('Á'), key('a')])).toEqual(['a', 'Á', 'b'])
  })
})

describe('orderByNeedOfAttention', () => {
  it('orders a copy and leaves its input alone', () => {
    const input = [key('Bravo'), key('Alpha')]
    expect(orderByNeedOfAttention(input).map((k) => k.name)).toEqual(['Alpha', 'Bravo'])
    expect(input.map((k) => k.name)).toEqual(['Bravo', 'Alpha'])
  })
})

describe('daysPastCadence', () => {
  it('is negative inside the target and infinite without a contact', () => {
    expect(daysPastCadence({ daysSinceContact: 10, cadenceDays: 30 })).toBe(-20)
    expect(daysPastCadence({ daysSinceContact: null, cadenceDays: 30 })).toBe(Infinity)
  })
})
