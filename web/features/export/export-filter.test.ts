import { describe, expect, it } from 'vitest'
import { defaultRange, inRange, overlapsRange, quarterDays } from './export-filter.ts'

const range = { from: '2026-09-04', to: '2026-12-02' }

describe('export ranges', () => {
  it('includes both ends of the range', () => {
    expect(inRange('2026-09-04', range)).toBe(true)
    expect(inRange('2026-12-02', range)).toBe(true)
    expect(inRange('2026-09-03', range)).toBe(false)
    expect(inRange('2026-12-03', range)).toBe(false)
  })

  it('counts a span that touches the range by a single day as overlapping', () => {
    expect(overlapsRange('2026-07-01', '2026-09-04', range)).toBe(true)
    expect(overlapsRange('2026-07-01', '2026-09-03', range)).toBe(false)
    expect(overlapsRange('2026-12-02', '2026-12-31', range)).toBe(true)
  })

  it('knows the days of each quarter, leap years included', () => {
    expect(quarterDays('2026-Q1')).toEqual(['2026-01-01', '2026-03-31'])
    expect(quarterDays('2026-Q3')).toEqual(['2026-07-01', '2026-09-30'])
    expect(quarterDays('2026-Q4')).toEqual(['2026-10-01', '2026-12-31'])
    expect(quarterDays('2028-Q1')).toEqual(['2028-01-01', '2028-03-31'])
    expect(quarterDays('Autumn')).toBeNull()
  })

  it('defaults to the 90 days that end today', () => {
    // 4–30 September (27) + October (31) + November (30) + 1–2 December (2) = 90 days.
    expect(defaultRange(new Date(2026, 11, 2, 9))).toEqual({ from: '2026-09-04', to: '2026-12-02' })
  })
})
