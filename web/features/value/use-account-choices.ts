import { useLiveQuery } from 'dexie-react-hooks'
import { useLocalDb } from '../../local/use-local-db.ts'
import type { NamedAccount } from './use-value-register.ts'

export interface AccountChoices {
  /** Agencies, partners and internal units: the relationships that value is for. */
  relationships: NamedAccount[]
  vendors: NamedAccount[]
}

/**
 * The live relationships on the device, split into vendors and the rest, by name, for the
 * pickers of the value and scorecard forms; undefined while the first read runs. Archived
 * relationships are left out, except those in `keep` (what a row being edited already names),
 * so its picker still shows them.
 */
export function useAccountChoices(
  keep: readonly (string | null)[] = [],
): AccountChoices | undefined {
  const db = useLocalDb()
  const kept = keep.filter(Boolean).join(',')
  return useLiveQuery(async () => {
    const keepIds = new Set(kept.split(','))
    const accounts = (await db.accounts.orderBy('name').toArray()).filter(
      (account) =>
        !account.deleted_at && (account.status !== 'archived' || keepIds.has(account.id)),
    )
    const named = (kind: 'vendor' | 'other') =>
      accounts
        .filter((account) => (account.kind === 'vendor') === (kind === 'vendor'))
        .map((account) => ({
          id: account.id,
          name: account.status === 'archived' ? `${account.name} (archived)` : account.name,
        }))
    return { relationships: named('other'), vendors: named('vendor') }
  }, [db, kept])
}
