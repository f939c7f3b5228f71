import { useLiveQuery } from 'dexie-react-hooks'
import { useLocalDb } from '../../sync/sync-provider.tsx'
import type { NamedAccount } from './use-value-register.ts'

export interface AccountChoices {
  /** Agencies, partners and internal units: the relationships that value is for. */
  relationships: NamedAccount[]
  vendors: NamedAccount[]
}

/**
 * The live relationships on the device, split into vendors and the rest, by name, for the
 * pickers of the value and scorecard forms; undefined while the first read runs.
 *
 * @example
 * const choices = useAccountChoices()
 */
export function useAccountChoices(): AccountChoices | undefined {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    const accounts = (await db.accounts.orderBy('name').toArray()).filter(
      (account) => !account.deleted_at && account.status !== 'archived',
    )
    const named = (kind: 'vendor' | 'other') =>
      accounts
        .filter((account) => (account.kind === 'vendor') === (kind === 'vendor'))
        .map((account) => ({ id: account.id, name: account.name }))
    return { relationships: named('other'), vendors: named('vendor') }
  }, [db])
}
