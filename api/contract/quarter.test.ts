import { describe, expect, it } from 'vitest'
import { quarterLabel, quarterOf, quarterPattern } from './quarter.ts'

const at = (iso: string) => new Date(iso)

describe('quarterOf', () => {
  it('starts each quarter on the first instant of January, April, July and October (UTC)', () => {
    expect(quarterOf(at('2026-01-01T00:00:00.000Z'))).toBe('2026-Q1')
    expect(quarterOf(at('2026-03-31T23:59:59.999Z'))).toBe('2026-Q1')
    expect(quarterOf(at('2026-04-01T00:00:00.000Z'))).toBe('2026-Q2')
    expect(quarterOf(at('2026-06-30T23:59:59.999Z'))).toBe('2026-Q2')
    expect(quarterOf(at('2026-07-01T00:00:00.000Z'))).toBe('2026-Q3')
    expect(quarterOf(at('2026-09-30T23:59:59.999Z'))).toBe('2026-Q3')
    expect(quarterOf(at('2026-10-01T00:00:00.000Z'))).toBe('2026-Q4')
  })

  it('crosses the year end at midnight UTC', () => {
    expect(quarterOf(at('2026-12-31T23:59:59.999Z'))).toBe('2026-Q4')
    expect(quarterOf(at('2027-01-01T00:00:00.000Z'))).toBe('2027-Q1')
  })

  it('reads the instant in UTC, not in the local zone it was written in', () => {
    // 23:30 on 31 December in New York is 04:30 on 1 January UTC
    expect(quarterOf(at('2026-12-31T23:30:00-05:00'))).toBe('2027-Q1')
    // 08:00 on 1 July in Sydney is 22:00 on 30 June UTC
    expect(quarterOf(at('2026-07-01T08:00:00+10:00'))).toBe('2026-Q2')
  })

  it('counts offsets in quarters, forward and back across year ends', () => {
    const december = at('2026-12-01T09:00:00Z') // 2026-Q4
    expect(quarterOf(december, 0)).toBe('2026-Q4')
    expect(quarterOf(december, 1)).toBe('2027-Q1')
    expect(quarterOf(december, -1)).toBe('2026-Q3')
    // Q4 − 4 is the same quarter a year earlier; + 8 two years later
    expect(quarterOf(december, -4)).toBe('2025-Q4')
    expect(quarterOf(december, 8)).toBe('2028-Q4')
  })

  it('steps back from a first quarter into the last quarter of the year before', () => {
    const january = at('2026-01-15T12:00:00Z') // 2026-Q1
    expect(quarterOf(january, -1)).toBe('2025-Q4')
    // 2026-Q1 − 5 = 2024-Q4 (− 4 is 2025-Q1, one more is 2024-Q4)
    expect(quarterOf(january, -5)).toBe('2024-Q4')
  })

  it('writes a period that the period pattern accepts', () => {
    expect(quarterPattern.test(quarterOf(at('2026-05-05T00:00:00Z'), 3))).toBe(true)
  })
})

describe('quarterLabel', () => {
  it('writes a period for people, quarter first', () => {
    expect(quarterLabel('2026-Q3')).toBe('Q3 2026')
    expect(quarterLabel('2027-Q1')).toBe('Q1 2027')
  })

  it('shortens the year where room is short', () => {
    expect(quarterLabel('2026-Q3', 'short')).toBe('Q3 26')
  })

  it('leaves anything that is not a period as it is', () => {
    expect(quarterLabel('2026Q3')).toBe('2026Q3')
    expect(quarterLabel('2026-Q5')).toBe('2026-Q5')
    expect(quarterLabel('')).toBe('')
  })
})
