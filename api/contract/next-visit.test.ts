import { describe, expect, it } from 'vitest'
import { addDays, nextVisitDue } from './next-visit.ts'

describe('addDays', () => {
  it('crosses month ends, year ends and leap days', () => {
    expect(addDays('2026-11-27', 0)).toBe('2026-11-27')
    expect(addDays('2026-11-27', 4)).toBe('2026-12-01')
    // 20 December + 14 = 34 December = 3 January
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03')
    // 2028 is a leap year: 28 February + 1 = 29 February
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
  })
})

describe('nextVisitDue', () => {
  const today = '2026-11-20'

  it('is the last check-in day plus the cadence while that is still ahead', () => {
    // 1 November + 30 = 1 December > 20 November
    expect(nextVisitDue('2026-11-01', 30, today)).toBe('2026-12-01')
    // 20 November + 14 = 4 December: checked in today
    expect(nextVisitDue('2026-11-20', 14, today)).toBe('2026-12-04')
  })

  it('is today on the very day the cadence runs out', () => {
    // 21 October + 30 = 20 November = today
    expect(nextVisitDue('2026-10-21', 30, today)).toBe(today)
  })

  it('is today, not a day in the past, once the cadence ran out', () => {
    // 20 October + 30 = 19 November < 20 November → today
    expect(nextVisitDue('2026-10-20', 30, today)).toBe(today)
    expect(nextVisitDue('2025-01-01', 90, today)).toBe(today)
  })

  it('is today for a relationship never checked in', () => {
    expect(nextVisitDue(null, 14, today)).toBe(today)
  })
})
