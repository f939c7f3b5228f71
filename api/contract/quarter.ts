/**
 * Scorecard periods: calendar quarters written 'YYYY-Qn' (UTC), which sort as text in time order.
 */

export const quarterPattern = /^\d{4}-Q[1-4]$/

/**
 * The quarter an instant falls in, in UTC, `offset` quarters later (earlier when negative).
 *
 * @example
 * quarterOf(new Date('2026-12-01T09:00:00Z'))     // '2026-Q4'
 * quarterOf(new Date('2026-12-01T09:00:00Z'), -1) // '2026-Q3'
 */
export function quarterOf(when: Date, offset = 0): string {
  const index = when.getUTCFullYear() * 4 + Math.floor(when.getUTCMonth() / 3) + offset
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`
}

/**
 * A quarter for people: 'Q3 2026', or 'Q3 26' where room is short (a chart's axis).
 *
 * @example
 * quarterLabel('2026-Q3')          // 'Q3 2026'
 * quarterLabel('2026-Q3', 'short') // 'Q3 26'
 */
export function quarterLabel(period: string, style: 'long' | 'short' = 'long'): string {
  if (!quarterPattern.test(period)) return period
  return `${period.slice(5)} ${style === 'short' ? period.slice(2, 4) : period.slice(0, 4)}`
}
