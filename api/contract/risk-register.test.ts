import { describe, expect, it } from 'vitest'
import {
  reviewOverdue,
  riskScaleMax,
  riskSeverity,
  severityFloors,
  type RiskStatus,
} from './risk-register.ts'

describe('riskSeverity', () => {
  // No two ratings of 1..5 multiply to 13, 14 or 7, so those edges are probed off the scale
  // (7 × 2, 7 × 1): the floors decide them all the same.
  it('is high from 15 and medium just below it', () => {
    // 3 × 5 = 15 ≥ 15 → high; 5 × 3 likewise; 7 × 2 = 14 < 15 → medium
    expect(riskSeverity(3, 5)).toEqual({ score: 15, level: 'high' })
    expect(riskSeverity(5, 3)).toEqual({ score: 15, level: 'high' })
    expect(riskSeverity(7, 2)).toEqual({ score: 14, level: 'medium' })
    // 3 × 4 = 12: the highest medium on the scale
    expect(riskSeverity(3, 4)).toEqual({ score: 12, level: 'medium' })
  })

  it('is medium from 8 and low just below it', () => {
    // 2 × 4 = 8 ≥ 8 → medium; 4 × 2 likewise; 7 × 1 = 7 < 8 → low
    expect(riskSeverity(2, 4)).toEqual({ score: 8, level: 'medium' })
    expect(riskSeverity(4, 2)).toEqual({ score: 8, level: 'medium' })
    expect(riskSeverity(7, 1)).toEqual({ score: 7, level: 'low' })
    // 2 × 3 = 6: the highest low on the scale
    expect(riskSeverity(2, 3)).toEqual({ score: 6, level: 'low' })
  })

  it('scores 1 × 1 as 1, low, and 5 × 5 as 25, high', () => {
    expect(riskSeverity(1, 1)).toEqual({ score: 1, level: 'low' })
    expect(riskSeverity(riskScaleMax, riskScaleMax)).toEqual({ score: 25, level: 'high' })
  })

  it('gives every pair of ratings the level of PRODUCT.md: ≥ 15 high, 8–14 medium, else low', () => {
    expect(severityFloors).toEqual({ high: 15, medium: 8 })
    const counts = { high: 0, medium: 0, low: 0 }
    for (let likelihood = 1; likelihood <= riskScaleMax; likelihood += 1) {
      for (let impact = 1; impact <= riskScaleMax; impact += 1) {
        counts[riskSeverity(likelihood, impact).level] += 1
      }
    }
    // high: 15, 16, 20 (×2), 25 → 3×5, 5×3, 4×4, 4×5, 5×4, 5×5 = 6 pairs
    // medium: 8 (2×4, 4×2), 9 (3×3), 10 (2×5, 5×2), 12 (3×4, 4×3) = 7 pairs; low: 25 − 13 = 12
    expect(counts).toEqual({ high: 6, medium: 7, low: 12 })
  })
})

describe('reviewOverdue', () => {
  const risk = (review_on: string | null, status: RiskStatus = 'open') => ({ status, review_on })

  it('is not overdue on the review day, from its first to its last millisecond (UTC)', () => {
    expect(reviewOverdue(risk('2026-11-30'), new Date('2026-11-30T00:00:00.000Z'))).toBe(false)
    expect(reviewOverdue(risk('2026-11-30'), new Date('2026-11-30T23:59:59.999Z'))).toBe(false)
  })

  it('is overdue from the first millisecond of the day after', () => {
    // '2026-11-30' < '2026-12-01'
    expect(reviewOverdue(risk('2026-11-30'), new Date('2026-12-01T00:00:00.000Z'))).toBe(true)
  })

  it('is overdue for every live status, and never once the risk is closed', () => {
    const late = new Date('2027-01-15T09:00:00Z')
    for (const status of ['open', 'mitigating', 'accepted'] as const) {
      expect(reviewOverdue(risk('2026-11-30', status), late), status).toBe(true)
    }
    expect(reviewOverdue(risk('2026-11-30', 'closed'), late)).toBe(false)
  })

  it('is never overdue with no review day', () => {
    expect(reviewOverdue(risk(null), new Date('2030-01-01T00:00:00Z'))).toBe(false)
  })

  it('compares calendar days across a month and a year', () => {
    // '2026-12-31' < '2027-01-01'; '2027-01-01' is not < '2026-12-31'
    expect(reviewOverdue(risk('2026-12-31'), new Date('2027-01-01T00:00:00Z'))).toBe(true)
    expect(reviewOverdue(risk('2027-01-01'), new Date('2026-12-31T23:59:59Z'))).toBe(false)
  })
})
