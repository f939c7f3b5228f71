import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

export interface DecisionLog {
  decisions: LocalRow<'decisions'>[]
  /** Where each decision was taken, in words: its forum's name, else its relationship's. */
  placeOf: (decision: LocalRow<'decisions'>) => string | null
}

/**
 * Every decision on the device, newest first, with where each was taken; live.
 */
export function useDecisionLog(): DecisionLog | undefined {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    const [decisions, forums, accounts] = await Promise.all([
      db.decisions.toArray(),
      db.forums.toArray(),
      db.accounts.toArray(),
    ])
    const names = new Map([...forums, ...accounts].map((row) => [row.id, row.name]))
    return {
      decisions: decisions
        .filter((d) => !d.deleted_at)
        .sort(
          (a, b) =>
            (b.decided_on ?? b.created_at).localeCompare(a.decided_on ?? a.created_at) ||
            a.title.localeCompare(b.title),
        ),
      placeOf: (d) =>
        (d.forum_id && names.get(d.forum_id)) || (d.account_id && names.get(d.account_id)) || null,
    }
  }, [db])
}
