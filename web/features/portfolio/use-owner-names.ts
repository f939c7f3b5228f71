import { useLiveQuery } from 'dexie-react-hooks'
import { memberName } from '../../local/member-names.ts'
import { useLocalDb } from '../../sync/sync-provider.tsx'

/**
 * The org's people by user id, as the portfolio names a relationship's manager; live, and an
 * empty map until the first read.
 *
 * @example
 * const names = useOwnerNames()
 */
export function useOwnerNames(): Map<string, string> {
  const db = useLocalDb()
  return (
    useLiveQuery(async () => {
      const members = await db.members.toArray()
      return new Map(members.map((m) => [m.user_id, memberName(m)]))
    }, [db]) ?? new Map()
  )
}
