import { createContext, useContext } from 'react'
import type { LocalDb } from './local-db.ts'

/** The signed-in person's device database; SyncProvider gives it once it is open and theirs. */
export const LocalDbContext = createContext<LocalDb | null>(null)

/**
 * The device database of the signed-in person; only inside `SyncProvider`.
 *
 * @example
 * const db = useLocalDb()
 * const accounts = useLiveQuery(() => db.accounts.toArray(), [db])
 */
export function useLocalDb(): LocalDb {
  const db = useContext(LocalDbContext)
  if (!db) throw new Error('useLocalDb() must be used inside <SyncProvider>')
  return db
}
