import { useLiveQuery } from 'dexie-react-hooks'
import { isArchived } from '../../../api/contract/account-status.ts'
import type { LocalDb } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import type { AccountKind } from './portfolio-entry.ts'

/** An archived relationship as the Archived filter lists it: out of the trust math, so no score. */
export interface ArchivedAccount {
  id: string
  name: string
  kind: AccountKind
}

const byName = new Intl.Collator().compare

/**
 * The device's archived relationships by name, through the status index.
 */
export async function readArchivedAccounts(db: LocalDb): Promise<ArchivedAccount[]> {
  const rows = await db.accounts.where('status').equals('archived').toArray()
  return rows
    .filter(isArchived)
    .map(({ id, name, kind }) => ({ id, name, kind }))
    .sort((a, b) => byName(a.name, b.name))
}

/**
 * The archived relationships, live; undefined while the first read runs.
 */
export function useArchivedAccounts(): ArchivedAccount[] | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readArchivedAccounts(db), [db])
}
