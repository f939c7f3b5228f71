import type { CommitmentReminder, NextVisitReminder } from './calendar-file.ts'
import { calendarFileName, downloadCalendarFile } from './download-calendar-file.ts'

// The builder and ical-generator load at the first tap, not with the app; the service worker
// precaches the chunk, so the first tap works offline too.
const loadBuilder = () => import('./calendar-file.ts')

const context = () => ({ origin: location.origin, now: new Date() })

/**
 * Makes the calendar file of a commitment's due date and downloads it; resolves to its name.
 */
export async function saveCommitmentReminder(reminder: CommitmentReminder): Promise<string> {
  const { commitmentCalendar } = await loadBuilder()
  const fileName = calendarFileName('due', reminder.item.title)
  downloadCalendarFile(commitmentCalendar(reminder, context()), fileName)
  return fileName
}

/**
 * Makes the calendar file of a relationship's next visit and downloads it; resolves to its name.
 */
export async function saveNextVisitReminder(reminder: NextVisitReminder): Promise<string> {
  const { nextVisitCalendar } = await loadBuilder()
  const { short_name, name } = reminder.account
  const fileName = calendarFileName('visit', short_name || name)
  downloadCalendarFile(nextVisitCalendar(reminder, context()), fileName)
  return fileName
}
