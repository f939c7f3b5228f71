import { describe, expect, it } from 'vitest'
import {
  daysPastCadence,
  filterPortfolio,
  orderPortfolio,
  type PortfolioEntry,
} from './portfolio-order.ts'

function entry(name: string, fields: Partial<PortfolioEntry> = {}): PortfolioEntry {
  return {
    name,
    kind: 'agency',
    mine: false,
    band: 'steady',
    overdueCount: 0,
    daysSinceContact: 10,
    cadenceDays: 30,
    ...fields,
  }
}

const names = (entries: PortfolioEntry[]) => entries.map((e) => e.name)

describe('orderPortfolio', () => {
  it('puts at-risk first, then steady, then strong', () => {
    const ordered = orderPortfolio([
      entry('Strong', { band: 'strong' }),
      entry('Steady', { band: 'steady' }),
      entry('At risk', { band: 'at_risk' }),
    ])
    expect(names(ordered)).toEqual(['At risk', 'Steady', 'Strong'])
  })

  it('within a band, more overdue commitments come first', () => {
    const ordered = orderPortfolio([
      entry('One', { overdueCount: 1, daysSinceContact: 90 }),
      entry('Three', { overdueCount: 3 }),
      entry('None', { daysSinceContact: 200 }),
    ])
    expect(names(ordered)).toEqual(['Three', 'One', 'None'])
  })

  it('then the furthest past the cadence target, never contacted furthest of all', () => {
    const ordered = orderPortfolio([
      entry('15 past', { daysSinceContact: 45, cadenceDays: 30 }),
      entry('Never', { daysSinceContact: null }),
      entry('30 past', { daysSinceContact: 44, cadenceDays: 14 }),
      entry('Within', { daysSinceContact: 2, cadenceDays: 14 }),
    ])
    expect(names(ordered)).toEqual(['Never', '30 past', '15 past', 'Within'])
  })

  it('breaks the remaining ties by name, and leaves its input alone', () => {
    const input = [entry('Bravo'), entry('Alpha'), entry('Never B', { daysSinceContact: null })]
    input.push(entry('Never A', { daysSinceContact: null }))
    expect(names(orderPortfolio(input))).toEqual(['Never A', 'Never B', 'Alpha', 'Bravo'])
    expect(names(input)).toEqual(['Bravo', 'Alpha', 'Never B', 'Never A'])
  })
})

describe('daysPastCadence', () => {
  it('is negative inside the target and infinite without a contact', () => {
    expect(daysPastCadence({ daysSinceContact: 10, cadenceDays: 30 })).toBe(-20)
    expect(daysPastCadence({ daysSinceContact: null, cadenceDays: 30 })).toBe(Infinity)
  })
})

describe('filterPortfolio', () => {
  const entries = [
    entry('My agency', { mine: true }),
    entry('My vendor', { mine: true, kind: 'vendor' }),
    entry('Their vendor', { kind: 'vendor' }),
  ]

  it('keeps mine or all, of one kind or every kind', () => {
    expect(names(filterPortfolio(entries, 'mine', null))).toEqual(['My agency', 'My vendor'])
    expect(names(filterPortfolio(entries, 'all', 'vendor'))).toEqual(['My vendor', 'Their vendor'])
    expect(names(filterPortfolio(entries, 'mine', 'partner'))).toEqual([])
  })
})
