import { describe, expect, it } from 'vitest'
import { withinCalendar } from './calendar-range.ts'
import { writableFields } from './tables.ts'

describe('withinCalendar', () => {
  it('takes the first and the last day, in UTC, and refuses the instants either side', () => {
    expect(withinCalendar('1900-01-01')).toBe(true)
    expect(withinCalendar('1899-12-31T23:59:59Z')).toBe(false)
    expect(withinCalendar('9999-12-31')).toBe(true)
    // 9999-12-31 at 13:00 in Auckland is still 00:00 UTC that day; an hour later is not.
    expect(withinCalendar('9999-12-31T13:00:00+13:00')).toBe(true)
    expect(withinCalendar('9999-12-31T14:00:00+13:00')).toBe(false)
    expect(withinCalendar('9999-12-31T23:00:00-12:00')).toBe(false)
  })

  it('refuses year 0, which PostgreSQL does not have, and text that is no instant', () => {
    expect(withinCalendar('0000-01-01')).toBe(false)
    expect(withinCalendar('not a day')).toBe(false)
  })
})

describe('dates in a table row', () => {
  it('are refused in plain words outside the range, not left to PostgreSQL', () => {
    const occurred = writableFields.checkins.shape.occurred_at.safeParse('0000-01-01T00:00:00Z')
    expect(occurred.error?.issues[0]?.message).toBe(
      'must be between 1900-01-01 and 9999-12-31 (UTC)',
    )
    const due = writableFields.action_items.shape.due_on.safeParse('0001-01-01')
    expect(due.error?.issues[0]?.message).toBe('must be between 1900-01-01 and 9999-12-31 (UTC)')
    expect(writableFields.action_items.shape.due_on.safeParse('2026-06-30').success).toBe(true)
  })
})
