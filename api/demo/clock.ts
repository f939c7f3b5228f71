import { quarterOf } from '../contract/quarter.ts'

const dayMs = 86_400_000

/** Every demo date is an offset from the anchor's UTC midnight, so the demo always looks current. */
export interface DemoClock {
  /** Midnight UTC of the anchor's day. */
  day0: Date
  /** `daysAgo` days before day0, at `minuteOfDay` (UTC). */
  at(daysAgo: number, minuteOfDay: number): Date
  /** The calendar day `offset` days from day0, as 'YYYY-MM-DD'. */
  date(offset: number): string
  /** The quarter `offset` quarters from day0's, as 'YYYY-Qn'. */
  quarter(offset: number): string
}

/**
 * @example
 * const clock = demoClock(new Date('2026-11-27T15:00:00Z'))
 * clock.date(-1) // '2026-11-26'
 * clock.quarter(-1) // '2026-Q3'
 */
export function demoClock(anchor: Date): DemoClock {
  const day0 = new Date(
    Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate()),
  )
  const base = day0.getTime()
  return {
    day0,
    at: (daysAgo, minuteOfDay) => new Date(base - daysAgo * dayMs + minuteOfDay * 60_000),
    date: (offset) => new Date(base + offset * dayMs).toISOString().slice(0, 10),
    quarter: (offset) => quarterOf(day0, offset),
  }
}
