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
 * A quarter for people: 'Q3 2026'.
 *
 * @example
 * quarterLabel('2026-Q3') // 'Q3 2026'
 */
export function quarterLabel(period: string): string {
  return quarterPattern.test(period) ? `${period.slice(5)} ${period.slice(0, 4)}` : period
}
