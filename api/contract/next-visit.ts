/**
 * When a relationship's next visit is due by its cadence target. Pure and zod-free, on calendar
 * days ('YYYY-MM-DD'): the caller chooses whose calendar (the device's, for a reminder).
 */

const dayMs = 86_400_000

/**
 * A calendar day some days later, across months and years.
 *
 * @example
 * addDays('2026-12-20', 14) // '2027-01-03'
 */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date) + days * dayMs).toISOString().slice(0, 10)
}

/**
 * The day the next visit is due: the last check-in's day plus the cadence. A relationship never
 * checked in, or already past its cadence, is due today — a reminder in the past would be missed.
 *
 * @example
 * nextVisitDue('2026-11-01', 30, '2026-11-20') // '2026-12-01'
 * nextVisitDue('2026-10-01', 30, '2026-11-20') // '2026-11-20': overdue since 31 October
 * nextVisitDue(null, 14, '2026-11-20') // '2026-11-20'
 */
export function nextVisitDue(
  lastCheckinOn: string | null,
  cadenceDays: number,
  today: string,
): string {
  if (lastCheckinOn === null) return today
  const due = addDays(lastCheckinOn, cadenceDays)
  return due < today ? today : due
}
