/**
 * The instants Liaison takes from a device or a query: from 1900-01-01 to 9999-12-31, UTC.
 * PostgreSQL has no year 0 (a date before year 1 is refused), and JavaScript writes a year past
 * 9999 as `+010000`, which PostgreSQL refuses in turn; nothing a relationship manager records
 * lies outside these bounds.
 */
export const earliestDay = '1900-01-01'
export const latestDay = '9999-12-31'

const earliest = Date.parse(`${earliestDay}T00:00:00Z`)
const latest = Date.parse(`${latestDay}T00:00:00Z`)

/**
 * Whether an ISO-8601 date or date-time is a real instant within the range above.
 *
 * @example
 * withinCalendar('2026-05-01') // true
 * withinCalendar('0000-01-01') // false
 */
export function withinCalendar(text: string): boolean {
  const instant = Date.parse(text)
  return Number.isFinite(instant) && instant >= earliest && instant <= latest
}

export const outsideCalendarMessage = `must be between ${earliestDay} and ${latestDay} (UTC)`
