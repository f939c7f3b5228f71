import { useLiveQuery } from 'dexie-react-hooks'
import { namesByUser } from '../../local/member-names.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

/**
 * The org's people by user id, as the portfolio names a relationship's manager; live, and an
 * empty map until the first read.
 */
export function useOwnerNames(): Map<string, string> {
  const db = useLocalDb()
  return (
    useLiveQuery(async () => {
      return namesByUser(await db.members.toArray())
    }, [db]) ?? new Map()
  )
}
