import { describe, expect, it } from 'vitest'
import { lastEngaged, type EngagementCheckin } from './last-engaged.ts'

const me = 'me'
const checkin = (occurred_at: string, ids: string[], extra: Partial<EngagementCheckin> = {}) => ({
  occurred_at,
  attendee_contact_ids: ids,
  deleted_at: null,
  visibility: 'org' as const,
  author_id: me,
  ...extra,
})

describe('lastEngaged', () => {
  it('takes the latest check-in that lists each contact, in any order', () => {
    const result = lastEngaged(
      [
        checkin('2026-11-01T10:00:00Z', ['ana', 'bo']),
        checkin('2026-11-20T10:00:00+02:00', ['ana']),
        checkin('2026-11-10T10:00:00Z', ['ana']),
      ],
      me,
    )
    expect(result.get('ana')).toBe('2026-11-20T10:00:00+02:00')
    expect(result.get('bo')).toBe('2026-11-01T10:00:00Z')
    expect(result.has('cy')).toBe(false)
  })

  it('skips deleted check-ins and other people’s private ones, but counts my own private ones', () => {
    const result = lastEngaged(
      [
        checkin('2026-11-01T10:00:00Z', ['ana', 'bo']),
        checkin('2026-11-05T10:00:00Z', ['ana'], { deleted_at: '2026-11-06T00:00:00Z' }),
        checkin('2026-11-06T10:00:00Z', ['ana'], { visibility: 'private', author_id: 'other' }),
        checkin('2026-11-07T10:00:00Z', ['bo'], { visibility: 'private' }),
      ],
      me,
    )
    expect(result.get('ana')).toBe('2026-11-01T10:00:00Z')
    expect(result.get('bo')).toBe('2026-11-07T10:00:00Z')
  })
})
