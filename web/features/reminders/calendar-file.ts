import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator'
import { addDays } from '../../../api/contract/next-visit.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { sideOwes } from '../checkin/checkin-options.ts'

type Account = Pick<LocalRow<'accounts'>, 'id' | 'name' | 'short_name'>
type Item = Pick<LocalRow<'action_items'>, 'id' | 'title' | 'details' | 'owner_side'>

/** A commitment with a due date, to remind of on that day. */
export interface CommitmentReminder {
  item: Item & { due_on: string }
  account: Account
}

/** A relationship's next visit, due on a day its cadence decided. */
export interface NextVisitReminder {
  account: Account
  /** The day the visit is due ('YYYY-MM-DD'), from `nextVisitDue`. */
  dueOn: string
  cadenceDays: number
  /** The last check-in's day on the device's calendar; null when never checked in. */
  lastCheckinOn: string | null
}

/** Where the app runs (`location.origin`) and when the file is made. */
export interface CalendarFileContext {
  origin: string
  now: Date
}

const sequenceEpoch = Date.UTC(2025, 0, 1)

/**
 * The UID of a reminder: the row's id and what kind of reminder it is, so a file made again
 * (after a new due date, say) updates the event already imported instead of adding a second one.
 *
 * @example
 * reminderUid('commitment', '0190…') // 'commitment-0190…@liaison'
 */
export function reminderUid(kind: 'commitment' | 'next-visit', id: string): string {
  return `${kind}-${id}@liaison`
}

/**
 * The SEQUENCE of a file made at `now`: whole minutes since 2025. The device has no revision
 * number of its own for a row edited offline, and a later file must win when imported over an
 * earlier one (an overdue visit moves to a new "today" with no row changing at all).
 *
 * @example
 * reminderSequence(new Date('2025-01-01T01:00:00Z')) // 60
 */
export function reminderSequence(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - sequenceEpoch) / 60_000))
}

function relationshipUrl(origin: string, accountId: string): string {
  return `${origin}/relationships/${accountId}`
}

function readableDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
}

function calendarWith(
  context: CalendarFileContext,
  event: { uid: string; day: string; summary: string; description: string; url: string },
): string {
  const calendar = ical({
    prodId: { company: 'Liaison', product: 'Liaison reminders', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  })
  // All day, not a 9:00 slot: a due date is a deadline, not a meeting; a timed event would
  // need a time zone and would mark the manager busy. TRANSPARENT keeps free/busy untouched.
  calendar.createEvent({
    id: event.uid,
    allDay: true,
    start: event.day,
    // DTEND is exclusive: the next day. Some clients misplace an all-day event without one.
    end: addDays(event.day, 1),
    stamp: context.now,
    sequence: reminderSequence(context.now),
    summary: event.summary,
    description: event.description,
    url: event.url,
    transparency: ICalEventTransparency.TRANSPARENT,
  })
  return calendar.toString()
}

/**
 * A calendar file (RFC 5545) with one all-day event on a commitment's due date.
 *
 * @example
 * commitmentCalendar({ item, account }, { origin: location.origin, now: new Date() })
 * // 'BEGIN:VCALENDAR…UID:commitment-0190…@liaison…SUMMARY:Due: Send the roadmap (DOR)…'
 */
export function commitmentCalendar(
  { item, account }: CommitmentReminder,
  context: CalendarFileContext,
): string {
  const url = relationshipUrl(context.origin, account.id)
  const lines = [
    `${sideOwes[item.owner_side]} this, by ${readableDay(item.due_on)}.`,
    item.details?.trim(),
    `Relationship: ${account.name}`,
    url,
  ]
  return calendarWith(context, {
    uid: reminderUid('commitment', item.id),
    day: item.due_on,
    summary: `Due: ${item.title} (${account.short_name || account.name})`,
    description: lines.filter(Boolean).join('\n'),
    url,
  })
}

/**
 * A calendar file (RFC 5545) with one all-day event on the day a relationship's next visit is
 * due by its cadence.
 *
 * @example
 * nextVisitCalendar({ account, dueOn: '2026-12-01', cadenceDays: 30, lastCheckinOn: '2026-11-01' }, context)
 * // 'BEGIN:VCALENDAR…UID:next-visit-0190…@liaison…SUMMARY:Visit Department of Revenue…'
 */
export function nextVisitCalendar(
  reminder: NextVisitReminder,
  context: CalendarFileContext,
): string {
  const { account, cadenceDays, lastCheckinOn } = reminder
  const url = relationshipUrl(context.origin, account.id)
  const since = lastCheckinOn ? `last check-in ${readableDay(lastCheckinOn)}` : 'no check-in yet'
  return calendarWith(context, {
    uid: reminderUid('next-visit', account.id),
    day: reminder.dueOn,
    summary: `Visit ${account.name}`,
    description: [`Due by the ${cadenceDays}-day cadence (${since}).`, url].join('\n'),
    url,
  })
}
