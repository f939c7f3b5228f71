import { describe, expect, it } from 'vitest'
import type { RiskStatus } from '../../../api/contract/risk-register.ts'
import { heatCounts, riskOrder } from './risk-order.ts'

const asOf = new Date('2026-12-01T09:00:00Z')
const risk = (
  title: string,
  likelihood: number,
  impact: number,
  review_on: string | null = null,
  status: RiskStatus = 'open',
) => ({ title, likelihood, impact, review_on, status })

describe('riskOrder', () => {
  it('puts overdue reviews first, then severity, then the nearest review, closed risks last', () => {
    const risks = [
      risk('closed but severe', 5, 5, '2026-01-01', 'closed'),
      risk('medium, review soon', 2, 4, '2026-12-05'),
      risk('high', 3, 5, '2026-12-20'),
      risk('low, overdue', 1, 2, '2026-11-30'),
      risk('medium, review later', 4, 2, '2027-01-10'),
    ]
    // Scores: 25 (closed), 8, 15, 2 (overdue: 30 Nov < 1 Dec), 8.
    expect(risks.sort(riskOrder(asOf)).map((r) => r.title)).toEqual([
      'low, overdue',
      'high',
      'medium, review soon',
      'medium, review later',
      'closed but severe',
    ])
  })
})

describe('heatCounts', () => {
  it('counts live risks by impact and likelihood', () => {
    const counts = heatCounts([
      risk('a', 3, 5),
      risk('b', 3, 5),
      risk('c', 1, 1),
      risk('gone', 3, 5, null, 'closed'),
    ])
    expect(counts[4]?.[2]).toBe(2)
    expect(counts[0]?.[0]).toBe(1)
    expect(counts.flat().reduce((sum, n) => sum + n, 0)).toBe(3)
  })
})
