import { describe, expect, it } from 'vitest'
import { latestByAgency, vendorTrend, type StandingCard } from './vendor-standing.ts'

const card = (
  id: string,
  agency: string | null,
  period: string,
  ratings: Partial<StandingCard> = {},
): StandingCard => ({
  id,
  agency_account_id: agency,
  period,
  outcomes: null,
  responsiveness: null,
  collaboration: null,
  innovation: null,
  delivery: null,
  deleted_at: null,
  ...ratings,
})

describe('vendorTrend', () => {
  it('averages each quarter’s scorecards and grades the mean, oldest quarter first', () => {
    const trend = vendorTrend([
      // Q3: (5, A) and (3, C) → mean 4 → B (4 ≥ 3.75).
      card('a', 'dor', '2026-Q3', { outcomes: 5 }),
      card('b', null, '2026-Q3', { delivery: 3 }),
      // Q2: outcomes 2 ×2 + delivery 4 = 8 over weight 3 → 2.67 → D.
      card('c', 'dor', '2026-Q2', { outcomes: 2, delivery: 4 }),
    ])
    expect(trend.map((p) => [p.period, p.grade, p.scorecardIds])).toEqual([
      ['2026-Q2', 'D', ['c']],
      ['2026-Q3', 'B', ['a', 'b']],
    ])
    expect(trend[0]?.mean).toBeCloseTo(8 / 3, 10)
    expect(trend[1]?.mean).toBe(4)
  })

  it('leaves out deleted scorecards and those with nothing rated', () => {
    const trend = vendorTrend([
      card('a', 'dor', '2026-Q3', { outcomes: 5, deleted_at: '2026-11-01' }),
      card('b', 'dor', '2026-Q3'),
    ])
    expect(trend).toEqual([])
  })
})

describe('latestByAgency', () => {
  it('keeps the latest graded scorecard per agency and for the vendor overall', () => {
    const latest = latestByAgency([
      card('a', 'dor', '2026-Q2', { outcomes: 5 }),
      card('b', 'dor', '2026-Q3', { outcomes: 1 }),
      card('c', null, '2026-Q1', { outcomes: 4 }),
      card('d', 'dmv', '2026-Q4'),
    ])
    expect([...latest.values()].map((l) => [l.agencyId, l.grade, l.period])).toEqual([
      ['dor', 'F', '2026-Q3'],
      [null, 'B', '2026-Q1'],
    ])
  })
})
