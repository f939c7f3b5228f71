import ICAL from 'ical.js'

/** What the tests check of a calendar file's one event, read back by another library. */
export interface ReadEvent {
  method: string | null
  prodId: string | null
  uid: string
  sequence: number
  /** DTSTART as written: 'YYYY-MM-DD' for an all-day event. */
  start: string
  end: string | null
  /** Whether DTSTART is a DATE (all day) rather than a DATE-TIME. */
  allDay: boolean
  summary: string
  description: string
  url: string | null
}

const text = (value: unknown): string | null => (value === null ? null : String(value))

/**
 * Parses a calendar file with ical.js (not the library that wrote it) and returns its first
 * event; throws when the file does not parse or has no event.
 *
 * @example
 * readCalendarEvent(commitmentCalendar(reminder, context)).uid // 'commitment-0190…@liaison'
 */
export function readCalendarEvent(file: string): ReadEvent {
  const calendar = new ICAL.Component(ICAL.parse(file))
  const event = calendar.getFirstSubcomponent('vevent')
  if (!event) throw new Error('The calendar file has no VEVENT')
  const start = event.getFirstPropertyValue('dtstart')
  if (!(start instanceof ICAL.Time)) throw new Error('The event has no DTSTART')
  const end = event.getFirstPropertyValue('dtend')
  return {
    method: text(calendar.getFirstPropertyValue('method')),
    prodId: text(calendar.getFirstPropertyValue('prodid')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: start.toString(),
    end: end instanceof ICAL.Time ? end.toString() : null,
    allDay: start.isDate,
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    url: text(event.getFirstPropertyValue('url')),
  }
}
