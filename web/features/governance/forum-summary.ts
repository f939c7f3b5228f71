import { bySeniority, forumBehind, isForumMeeting } from '../../../api/contract/governance.ts'
import type { LocalRow } from '../../local/local-db.ts'
import { memberName } from '../../local/member-names.ts'

type Row<T extends 'forums' | 'forum_members' | 'checkins' | 'decisions' | 'action_items'> =
  LocalRow<T>

/** One seat of a forum, named: one of our people, an account, or a contact of an account. */
export interface Seat {
  id: string
  kind: 'person' | 'account' | 'contact'
  name: string
  /** For a contact: the relationship they come from. */
  of: string | null
  role: LocalRow<'forum_members'>['role']
  /** The account or contact the seat names, for attendance and links. */
  refId: string
}

export interface ForumSummary {
  forum: Row<'forums'>
  seats: Seat[]
  /** Its meetings, newest first. */
  meetings: Row<'checkins'>[]
  latestMeetingAt: string | null
  behind: boolean
  decisions: Row<'decisions'>[]
  /** Commitments made at its meetings and still open. */
  openCommitments: Row<'action_items'>[]
}

export interface ForumRows {
  forums: readonly Row<'forums'>[]
  seats: readonly Row<'forum_members'>[]
  meetings: readonly Row<'checkins'>[]
  decisions: readonly Row<'decisions'>[]
  items: readonly Row<'action_items'>[]
  accounts: ReadonlyMap<string, { name: string }>
  contacts: ReadonlyMap<string, { name: string; account_id: string }>
  members: ReadonlyMap<string, Pick<LocalRow<'members'>, 'display_name' | 'email'>>
}

function seatOf(seat: Row<'forum_members'>, rows: ForumRows): Seat | null {
  const base = { id: seat.id, role: seat.role }
  if (seat.user_id) {
    const person = rows.members.get(seat.user_id)
    return { ...base, kind: 'person', name: memberName(person), of: null, refId: seat.user_id }
  }
  if (seat.account_id) {
    const account = rows.accounts.get(seat.account_id)
    if (!account) return null
    return { ...base, kind: 'account', name: account.name, of: null, refId: seat.account_id }
  }
  const contact = seat.contact_id ? rows.contacts.get(seat.contact_id) : undefined
  if (!contact || !seat.contact_id) return null
  const of = rows.accounts.get(contact.account_id)?.name ?? null
  return { ...base, kind: 'contact', name: contact.name, of, refId: seat.contact_id }
}

/**
 * Each live forum with its seats named, its meetings (`isForumMeeting`),
 * whether it is behind its cadence, its decisions and the open commitments of its meetings.
 */
export function forumSummaries(rows: ForumRows, asOf: Date): ForumSummary[] {
  return rows.forums
    .filter((forum) => !forum.deleted_at)
    .map((forum): ForumSummary => {
      const meetings = rows.meetings
        .filter((c) => isForumMeeting(c, forum.id))
        .sort((a, b) => b.occurred_at.localeCompare(a.occurred_at))
      const meetingIds = new Set(meetings.map((m) => m.id))
      const latestMeetingAt = meetings[0]?.occurred_at ?? null
      return {
        forum,
        seats: rows.seats
          .filter((s) => s.forum_id === forum.id && !s.deleted_at)
          .flatMap((s) => seatOf(s, rows) ?? [])
          .sort((a, b) => bySeniority(a, b) || a.name.localeCompare(b.name)),
        meetings,
        latestMeetingAt,
        behind: forumBehind(forum.cadence_days, latestMeetingAt, asOf),
        decisions: rows.decisions
          .filter(
            (d) => !d.deleted_at && (d.forum_id === forum.id || meetingIds.has(d.checkin_id ?? '')),
          )
          .sort((a, b) => (b.decided_on ?? '').localeCompare(a.decided_on ?? '')),
        openCommitments: rows.items.filter(
          (i) => !i.deleted_at && i.status === 'open' && meetingIds.has(i.checkin_id ?? ''),
        ),
      }
    })
    .sort((a, b) => Number(b.behind) - Number(a.behind) || a.forum.name.localeCompare(b.forum.name))
}
