// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { readPortfolioSnapshot, writePortfolioSnapshot } from './portfolio-snapshot.ts'
import type { PortfolioRow } from './use-portfolio.ts'

const row: PortfolioRow = {
  id: 'a1',
  name: 'Department of Revenue',
  kind: 'agency',
  mine: true,
  band: 'strong',
  overdueCount: 0,
  daysSinceContact: 3,
  cadenceDays: 14,
  trust: { score: 96, band: 'strong', trend: 16 },
}

describe('portfolio snapshot', () => {
  it('keeps only what a row shows, for the person it was computed for', () => {
    const full = { ...row, trust: { ...row.trust, reasons: ['x'], components: {} } }
    writePortfolioSnapshot('me', [full])
    expect(readPortfolioSnapshot('me')).toEqual([full])
    expect(readPortfolioSnapshot('someone else')).toBeNull()
    const stored = JSON.parse(localStorage.getItem('liaison:user:portfolio') ?? 'null')
    expect(stored.rows).toEqual([row])
  })
})
