import { describe, expect, it } from 'vitest'
import { filterPortfolio, type PortfolioEntry } from './portfolio-entry.ts'

function entry(name: string, fields: Partial<PortfolioEntry> = {}): PortfolioEntry {
  return {
    id: name,
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
