import { describe, expect, it } from 'vitest'
import { forumSummaries, type ForumRows } from './forum-summary.ts'

const asOf = new Date('2026-12-01T12:00:00Z')
const live = { deleted_at: null, version: 1, created_at: '', updated_at: '', org_id: 'o' }
const forum = (id: string, name: string, cadence_days: number | null) => ({
  ...live,
  id,
  name,
  purpose: 'strategic' as const,
  charter: null,
  cadence_days,
  co_chairs: null,
})
const meeting = (id: string, forum_id: string, occurred_at: string) =>
  ({
    ...live,
    id,
    forum_id,
    occurred_at,
    kind: 'forum',
  }) as unknown as ForumRows['meetings'][number]

const rows: ForumRows = {
  forums: [forum('council', 'Council', 90), forum('group', 'Working group', 30)],
  seats: [
    {
      ...live,
      id: 's1',
      forum_id: 'council',
      user_id: 'u1',
      account_id: null,
      contact_id: null,
      role: 'member',
    },
    {
      ...live,
      id: 's2',
      forum_id: 'council',
      user_id: null,
      account_id: 'dor',
      contact_id: null,
      role: 'chair',
    },
    {
      ...live,
      id: 's3',
      forum_id: 'council',
      user_id: null,
      account_id: null,
      contact_id: 'ann',
      role: 'member',
    },
    {
      ...live,
      id: 's4',
      forum_id: 'council',
      user_id: null,
      account_id: 'gone',
      contact_id: null,
      role: 'member',
    },
  ],
  meetings: [
    meeting('m1', 'council', '2026-10-01T15:00:00Z'),
    meeting('m2', 'council', '2026-11-20T15:00:00Z'),
    meeting('m3', 'group', '2026-10-15T15:00:00Z'),
  ],
  decisions: [
    {
      ...live,
      id: 'd1',
      forum_id: 'council',
      checkin_id: 'm2',
      account_id: null,
      title: 'A',
      rationale: null,
      decided_on: '2026-11-20',
      status: 'decided',
    },
    {
      ...live,
      id: 'd2',
      forum_id: null,
      checkin_id: 'm1',
      account_id: null,
      title: 'B',
      rationale: null,
      decided_on: '2026-10-01',
      status: 'proposed',
    },
  ],
  items: [
    {
      ...live,
      id: 'i1',
      checkin_id: 'm2',
      status: 'open',
    } as unknown as ForumRows['items'][number],
    {
      ...live,
      id: 'i2',
      checkin_id: 'm2',
      status: 'done',
    } as unknown as ForumRows['items'][number],
  ],
  accounts: new Map([
    ['dor', { name: 'Revenue' }],
    ['dhhs', { name: 'Health' }],
  ]),
  contacts: new Map([['ann', { name: 'Ann', account_id: 'dhhs' }]]),
  members: new Map([['u1', { display_name: 'Priya', email: null }]]),
}

describe('forumSummaries', () => {
  it('names each seat, lists meetings newest first, and knows who is behind', () => {
    const [group, council] = forumSummaries(rows, asOf)
    // The working group last met 47 days ago against a 30-day cadence: behind, so listed first.
    expect(group).toMatchObject({ behind: true, latestMeetingAt: '2026-10-15T15:00:00Z' })
    expect(council?.behind).toBe(false)
    expect(council?.meetings.map((m) => m.id)).toEqual(['m2', 'm1'])
    expect(council?.seats.map((s) => [s.kind, s.name, s.of, s.role])).toEqual([
      ['account', 'Revenue', null, 'chair'],
      ['contact', 'Ann', 'Health', 'member'],
      ['person', 'Priya', null, 'member'],
    ])
  })

  it('gathers the decisions of the forum and of its meetings, and their open commitments', () => {
    const council = forumSummaries(rows, asOf).find((f) => f.forum.id === 'council')
    expect(council?.decisions.map((d) => d.id)).toEqual(['d1', 'd2'])
    expect(council?.openCommitments.map((i) => i.id)).toEqual(['i1'])
  })
})
