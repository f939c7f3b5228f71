import { describe, expect, it } from 'vitest'
import { bySeniority, forumBehind, isForumMeeting } from './governance.ts'

const asOf = new Date('2026-11-15T12:00:00Z')
const day = 86_400_000
const ago = (ms: number) => new Date(asOf.getTime() - ms).toISOString()

describe('forumBehind', () => {
  it('is not behind when the latest meeting is exactly the cadence ago', () => {
    // 30 days × 86 400 000 ms = 2 592 000 000 ms since the meeting: not more than the cadence
    expect(forumBehind(30, ago(30 * day), asOf)).toBe(false)
  })

  it('is behind one millisecond past the cadence', () => {
    // 2 592 000 001 ms > 2 592 000 000 ms
    expect(forumBehind(30, ago(30 * day + 1), asOf)).toBe(true)
  })

  it('is not behind after a recent meeting, nor after one later than asOf', () => {
    // 29 days ago; a meeting recorded for tomorrow is −1 day old
    expect(forumBehind(30, ago(29 * day), asOf)).toBe(false)
    expect(forumBehind(30, ago(-day), asOf)).toBe(false)
  })

  it('is behind when it has a cadence and has never met', () => {
    expect(forumBehind(30, null, asOf)).toBe(true)
    expect(forumBehind(1, null, asOf)).toBe(true)
  })

  it('is never behind without a cadence, met or not', () => {
    expect(forumBehind(null, null, asOf)).toBe(false)
    expect(forumBehind(null, ago(3650 * day), asOf)).toBe(false)
  })

  it('counts a one-day cadence in milliseconds, not calendar days', () => {
    // Met 2026-11-14T12:00Z: exactly 1 day; at 12:00:00.001 on the 15th it is 1 ms over
    expect(forumBehind(1, '2026-11-14T12:00:00.000Z', asOf)).toBe(false)
    expect(forumBehind(1, '2026-11-14T11:59:59.999Z', asOf)).toBe(true)
  })
})

describe('isForumMeeting', () => {
  const meeting = { kind: 'forum', forum_id: 'f1', deleted_at: null, visibility: 'org' }
  it('is a live, shared check-in of kind forum naming the forum', () => {
    expect(isForumMeeting(meeting, 'f1')).toBe(true)
    expect(isForumMeeting(meeting, 'f2')).toBe(false)
  })
  it('is not a check-in of another kind, a tombstone, or a private one', () => {
    expect(isForumMeeting({ ...meeting, kind: 'visit' }, 'f1')).toBe(false)
    expect(isForumMeeting({ ...meeting, deleted_at: '2026-11-01T00:00:00Z' }, 'f1')).toBe(false)
    expect(isForumMeeting({ ...meeting, visibility: 'private' }, 'f1')).toBe(false)
  })
})

describe('bySeniority', () => {
  it('lists chairs, co-chairs, members and observers in that order', () => {
    const seats = (['observer', 'member', 'chair', 'co_chair'] as const).map((role) => ({ role }))
    expect([...seats].sort(bySeniority).map((s) => s.role)).toEqual([
      'chair',
      'co_chair',
      'member',
      'observer',
    ])
  })
})
