import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { forumSummaries, type ForumSummary } from './forum-summary.ts'

async function readForums(db: LocalDb, asOf: Date, forumId?: string): Promise<ForumSummary[]> {
  const forums = forumId
    ? (await db.forums.bulkGet([forumId])).filter((f) => f !== undefined)
    : await db.forums.toArray()
  const ids = forums.map((f) => f.id)
  const [seats, meetings, forumDecisions, accounts, contacts, members] = await Promise.all([
    db.forum_members.where('forum_id').anyOf(ids).toArray(),
    db.checkins.where('forum_id').anyOf(ids).toArray(),
    db.decisions.where('forum_id').anyOf(ids).toArray(),
    db.accounts.toArray(),
    db.contacts.toArray(),
    db.members.toArray(),
  ])
  const meetingIds = meetings.map((m) => m.id)
  const [meetingDecisions, items] = await Promise.all([
    db.decisions.where('checkin_id').anyOf(meetingIds).toArray(),
    db.action_items.where('checkin_id').anyOf(meetingIds).toArray(),
  ])
  const decisions = new Map([...forumDecisions, ...meetingDecisions].map((d) => [d.id, d]))
  return forumSummaries(
    {
      forums,
      seats,
      meetings,
      decisions: [...decisions.values()],
      items,
      accounts: new Map(accounts.filter((a) => !a.deleted_at).map((a) => [a.id, a])),
      contacts: new Map(contacts.filter((c) => !c.deleted_at).map((c) => [c.id, c])),
      members: new Map(members.map((m) => [m.user_id, m])),
    },
    asOf,
  )
}

/**
 * Every forum on the device with its seats, meetings, decisions and open commitments, live;
 * or one forum (a list of one, empty when it is not here). Undefined while loading.
 *
 * @example
 * const forums = useForums(now)
 * const [forum] = useForums(now, id) ?? []
 */
export function useForums(now: Date, forumId?: string): ForumSummary[] | undefined {
  const db = useLocalDb()
  // Read again when a row changes, and when the day changes: "behind" moves with time too.
  const day = now.toISOString().slice(0, 10)
  return useLiveQuery(() => readForums(db, new Date(), forumId), [db, day, forumId])
}
