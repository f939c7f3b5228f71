import { describe, expect, it } from 'vitest'
import {
  commitmentCalendar,
  nextVisitCalendar,
  reminderSequence,
  reminderUid,
  type CommitmentReminder,
} from './calendar-file.ts'
import { readCalendarEvent } from './testing/read-calendar-event.ts'

const itemId = '0190a000-0000-7000-8000-0000000000c1'
const accountId = '0190a000-0000-7000-8000-0000000000a1'
const origin = 'https://liaison.example.gov'
const now = new Date('2026-11-27T15:30:00.000Z')
const account = { id: accountId, name: 'Department of Revenue', short_name: 'DOR' }

function reminder(fields: Partial<CommitmentReminder['item']> = {}): CommitmentReminder {
  return {
    item: {
      id: itemId,
      title: 'Send the FY27 roadmap, with costs',
      details: null,
      owner_side: 'us',
      due_on: '2026-12-04',
      ...fields,
    },
    account,
  }
}

describe('commitmentCalendar', () => {
  it('is a published calendar with one all-day event on the due date', () => {
    const event = readCalendarEvent(commitmentCalendar(reminder(), { origin, now }))
    expect(event.method).toBe('PUBLISH')
    expect(event.prodId).toBe('-//Liaison//Liaison reminders//EN')
    expect(event.uid).toBe(`commitment-${itemId}@liaison`)
    expect(event.allDay).toBe(true)
    expect(event.start).toBe('2026-12-04')
    // DTEND is exclusive: the day after
    expect(event.end).toBe('2026-12-05')
  })

  it('names the commitment and the relationship by its short name, commas and all', () => {
    const event = readCalendarEvent(commitmentCalendar(reminder(), { origin, now }))
    expect(event.summary).toBe('Due: Send the FY27 roadmap, with costs (DOR)')
  })

  it('falls back to the full name when the relationship has no short name', () => {
    const file = commitmentCalendar(
      { ...reminder(), account: { ...account, short_name: null } },
      { origin, now },
    )
    expect(readCalendarEvent(file).summary).toBe(
      'Due: Send the FY27 roadmap, with costs (Department of Revenue)',
    )
  })

  it('says who owes it, with the details, the relationship and a link back to it', () => {
    const ours = readCalendarEvent(commitmentCalendar(reminder(), { origin, now }))
    expect(ours.description).toMatch(/^We owe this, by /)
    expect(ours.description).toContain('Relationship: Department of Revenue')
    expect(ours.description).toContain(`${origin}/relationships/${accountId}`)
    expect(ours.url).toBe(`${origin}/relationships/${accountId}`)

    const theirs = readCalendarEvent(
      commitmentCalendar(reminder({ owner_side: 'them', details: 'Signed MOU' }), { origin, now }),
    )
    expect(theirs.description).toMatch(/^They owe this, by /)
    expect(theirs.description).toContain('\nSigned MOU\n')
  })

  it('keeps the UID when the due date changes, and a later file has a higher SEQUENCE', () => {
    const first = readCalendarEvent(commitmentCalendar(reminder(), { origin, now }))
    const later = new Date(now.getTime() + 5 * 60_000)
    const moved = readCalendarEvent(
      commitmentCalendar(reminder({ due_on: '2026-12-11' }), { origin, now: later }),
    )
    expect(moved.uid).toBe(first.uid)
    expect(moved.start).toBe('2026-12-11')
    // five minutes later → five more
    expect(moved.sequence - first.sequence).toBe(5)
  })
})

describe('nextVisitCalendar', () => {
  it('is an all-day "Visit <name>" on the due day, keyed by the account', () => {
    const file = nextVisitCalendar(
      { account, dueOn: '2026-12-01', cadenceDays: 30, lastCheckinOn: '2026-11-01' },
      { origin, now },
    )
    const event = readCalendarEvent(file)
    expect(event.uid).toBe(`next-visit-${accountId}@liaison`)
    expect(event.allDay).toBe(true)
    expect(event.start).toBe('2026-12-01')
    expect(event.summary).toBe('Visit Department of Revenue')
    expect(event.description).toMatch(/^Due by the 30-day cadence \(last check-in /)
    expect(event.url).toBe(`${origin}/relationships/${accountId}`)
  })

  it('says so when the relationship was never checked in', () => {
    const file = nextVisitCalendar(
      { account, dueOn: '2026-11-27', cadenceDays: 14, lastCheckinOn: null },
      { origin, now },
    )
    expect(readCalendarEvent(file).description).toMatch(/\(no check-in yet\)/)
  })
})

describe('reminderUid and reminderSequence', () => {
  it('keeps kinds apart for the same id', () => {
    expect(reminderUid('commitment', 'x')).not.toBe(reminderUid('next-visit', 'x'))
  })

  it('counts whole minutes since 2025, never below zero', () => {
    expect(reminderSequence(new Date('2025-01-01T00:00:00Z'))).toBe(0)
    expect(reminderSequence(new Date('2025-01-01T00:00:59Z'))).toBe(0)
    expect(reminderSequence(new Date('2025-01-01T01:00:00Z'))).toBe(60)
    expect(reminderSequence(new Date('2024-06-01T00:00:00Z'))).toBe(0)
  })
})
