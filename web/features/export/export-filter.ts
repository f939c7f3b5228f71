import { quarterPattern } from '../../../api/contract/quarter.ts'
import { localDay } from '../commitments/commitment-filter.ts'

/** What the person chose on the export screen, and who they are. */
export interface ExportFilter {
  userId: string
  /** First and last day of the range, 'YYYY-MM-DD' on the device's calendar, both included. */
  from: string
  to: string
  /** One relationship, or null for all. */
  accountId: string | null
  /** Only the person's own rows (see `mine` of each dataset). */
  mineOnly: boolean
  /** The relationships assigned to the person. */
  myAccountIds: ReadonlySet<string>
}

/**
 * The calendar day of a timestamp on the device, as the person lived it ('YYYY-MM-DD').
 *
 * @example
 * dayOf('2026-11-30T23:30:00-05:00') // '2026-11-30' in New York
 */
export const dayOf = (timestamp: string): string => localDay(new Date(timestamp))

/**
 * Whether a day falls in the filter's range, both ends included.
 *
 * @example
 * inRange('2026-11-30', { from: '2026-09-01', to: '2026-11-30', … }) // true
 */
export function inRange(day: string, filter: Pick<ExportFilter, 'from' | 'to'>): boolean {
  return day >= filter.from && day <= filter.to
}

/**
 * Whether the span from `first` to `last` (days) touches the filter's range at all.
 *
 * @example
 * overlapsRange('2026-07-01', '2026-09-30', { from: '2026-09-15', to: '2026-12-01' }) // true
 */
export function overlapsRange(
  first: string,
  last: string,
  filter: Pick<ExportFilter, 'from' | 'to'>,
): boolean {
  return first <= filter.to && last >= filter.from
}

/**
 * The first and last day of a scorecard period ('2026-Q3'); null for a period of another shape.
 *
 * @example
 * quarterDays('2026-Q3') // ['2026-07-01', '2026-09-30']
 */
export function quarterDays(period: string): [string, string] | null {
  if (!quarterPattern.test(period)) return null
  const year = Number(period.slice(0, 4))
  const lastMonth = Number(period.slice(6)) * 3
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate()
  const month = (m: number) => String(m).padStart(2, '0')
  return [`${year}-${month(lastMonth - 2)}-01`, `${year}-${month(lastMonth)}-${lastDay}`]
}

/**
 * The default range: the 90 days up to today, on the device's calendar.
 *
 * @example
 * defaultRange(new Date(2026, 11, 2)) // { from: '2026-09-04', to: '2026-12-02' }
 */
export function defaultRange(now: Date): { from: string; to: string } {
  return { from: localDay(now, -89), to: localDay(now) }
}
