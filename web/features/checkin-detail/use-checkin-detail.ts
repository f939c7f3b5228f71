import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { authorName, memberName, readMemberNames } from '../../local/member-names.ts'

export interface CheckinDetail {
  checkin: LocalRow<'checkins'>
  account: { id: string; name: string } | null
  authorName: string
  /** The attendees in the order listed; null where the contact is not on this device. */
  attendees: { id: string; name: string | null }[]
  /** Our own people who were there, by name ("You" for the viewer). */
  colleagues: string[]
  commitments: LocalRow<'action_items'>[]
  /** The forum whose meeting it was, when it was one. */
  forum: { id: string; name: string } | null
  decisions: LocalRow<'decisions'>[]
  waiting: boolean
}

async function readDetail(db: LocalDb, id: string, userId: string) {
  const checkin = await db.checkins.get(id)
  if (!checkin || checkin.deleted_at) return null
  if (checkin.visibility === 'private' && checkin.author_id !== userId) return null
  const [account, author, contacts, commitments, pending, forum, decisions, names] =
    await Promise.all([
      db.accounts.get(checkin.account_id),
      db.members.where('user_id').equals(checkin.author_id).first(),
      db.contacts.bulkGet(checkin.attendee_contact_ids),
      db.action_items.where('checkin_id').equals(id).toArray(),
      db.outbox.where('[table+id]').equals(['checkins', id]).count(),
      checkin.forum_id ? db.forums.get(checkin.forum_id) : undefined,
      db.decisions.where('checkin_id').equals(id).toArray(),
      readMemberNames(db),
    ])
  const detail: CheckinDetail = {
    checkin,
    account: account && !account.deleted_at ? { id: account.id, name: account.name } : null,
    authorName: checkin.author_id === userId ? 'You' : memberName(author),
    attendees: checkin.attendee_contact_ids.map((contactId, n) => {
      const contact = contacts[n]
      return { id: contactId, name: contact && !contact.deleted_at ? contact.name : null }
    }),
    colleagues: checkin.attendee_user_ids.map((colleague) => authorName(names, colleague, userId)),
    commitments: commitments
      .filter((item) => !item.deleted_at)
      .sort((a, b) => a.created_at.localeCompare(b.created_at)),
    forum: forum && !forum.deleted_at ? { id: forum.id, name: forum.name } : null,
    decisions: decisions
      .filter((d) => !d.deleted_at)
      .sort((a, b) => a.title.localeCompare(b.title)),
    waiting: pending > 0,
  }
  return detail
}

/**
 * One check-in with its relationship, author, attendees, forum, and the commitments made and
 * decisions taken at it, live;
 * undefined while loading, null when it is not on this device (or is someone else's private one).
 */
export function useCheckinDetail(id: string, userId: string): CheckinDetail | null | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readDetail(db, id, userId), [db, id, userId])
}
