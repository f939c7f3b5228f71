import { useLiveQuery } from 'dexie-react-hooks'
import { memberName } from '../../local/member-names.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

export interface Colleague {
  userId: string
  name: string
}

/**
 * The people of the signed-in person's org who could have been at a check-in with them: every
 * current member but themselves, by name; undefined while loading.
 */
export function useColleagueChoices(userId: string): Colleague[] | undefined {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    const members = await db.members.toArray()
    return members
      .filter((member) => !member.deleted_at && member.user_id !== userId)
      .map((member) => ({ userId: member.user_id, name: memberName(member) }))
      .sort((a, b) => a.name.localeCompare(b.name))
  }, [db, userId])
}
