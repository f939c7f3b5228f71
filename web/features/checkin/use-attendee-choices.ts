import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

const live = <T extends { deleted_at: string | null }>(rows: (T | undefined)[]): T[] =>
  rows.filter((row): row is T => row !== undefined && !row.deleted_at)

/**
 * Who may be marked as there: the relationship's contacts and, at a forum's meeting, the
 * people seated on the forum too (attendance from its members), by name, each once; undefined
 * while loading or before a relationship or forum is picked.
 */
export function useAttendeeChoices(
  accountId: string | null,
  forumId: string | null,
): LocalRow<'contacts'>[] | undefined {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    if (!accountId && !forumId) return undefined
    const own = accountId ? await db.contacts.where('account_id').equals(accountId).toArray() : []
    const seats = forumId ? await db.forum_members.where('forum_id').equals(forumId).toArray() : []
    const seatedIds = live(seats).flatMap((seat) => (seat.contact_id ? [seat.contact_id] : []))
    const seated = await db.contacts.bulkGet(seatedIds)
    const byId = new Map(live([...own, ...seated]).map((contact) => [contact.id, contact]))
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name))
  }, [db, accountId, forumId])
}
