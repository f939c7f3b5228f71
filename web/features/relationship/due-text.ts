/** A due date in words, and whether it has passed. */
export interface DueText {
  text: string
  overdue: boolean
}

function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000)
}

/**
 * When a commitment is due, counted in calendar days on the device: "Overdue by 3 days",
 * "Due today", "Due tomorrow", "Due in 5 days", or the date when it is further out.
 *
 * @example
 * dueText('2026-11-25', new Date(2026, 10, 27)) // { text: 'Overdue by 2 days', overdue: true }
 */
export function dueText(dueOn: string | null, now: Date, locale?: string): DueText {
  const match = dueOn ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueOn) : null
  if (!match) return { text: 'No due date', overdue: false }
  const due = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  const days = dayNumber(due) - dayNumber(now)
  if (days < 0) {
    const n = -days
    return { text: `Overdue by ${n} ${n === 1 ? 'day' : 'days'}`, overdue: true }
  }
  if (days === 0) return { text: 'Due today', overdue: false }
  if (days === 1) return { text: 'Due tomorrow', overdue: false }
  if (days < 14) return { text: `Due in ${days} days`, overdue: false }
  const sameYear = due.getFullYear() === now.getFullYear()
  const date = due.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  })
  return { text: `Due ${date}`, overdue: false }
}

/**
 * Commitments by due date, undated last, then in the order they were made: the order every
 * list of open commitments uses (the briefing, its print page and its shared text).
 */
export const byDueDate = (
  a: { due_on: string | null; created_at: string },
  b: { due_on: string | null; created_at: string },
) =>
  (a.due_on ?? '9999').localeCompare(b.due_on ?? '9999') || a.created_at.localeCompare(b.created_at)
