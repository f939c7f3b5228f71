import { useLiveQuery } from 'dexie-react-hooks'
import { bySeniority } from '../../../api/contract/governance.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

/**
 * The relationship a forum's meeting is logged against (a check-in belongs to one): the
 * relationship seated as its chair or co-chair, else its first seated relationship; null when
 * none is seated (the person picks one). Undefined while loading, and when `forumId` is null.
 */
export function useForumHost(forumId: string | null): string | null | undefined {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    if (!forumId) return undefined
    const seats = await db.forum_members.where('forum_id').equals(forumId).toArray()
    const accounts = seats.filter((seat) => !seat.deleted_at && seat.account_id).sort(bySeniority)
    return accounts[0]?.account_id ?? null
  }, [db, forumId])
}
