import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { LocalDb } from '../../local/local-db.ts'
import { useLocalDb } from '../../sync/sync-provider.tsx'
import { createIndexBuilder, type SearchIndex } from './search-index.ts'

async function readSearchable(db: LocalDb) {
  const [accounts, contacts, checkins, items] = await Promise.all([
    db.accounts.toArray(),
    db.contacts.toArray(),
    db.checkins.toArray(),
    db.action_items.toArray(),
  ])
  return { accounts, contacts, checkins, items }
}

/**
 * The search index over the device's rows, rebuilt when any of them changes (a sync, a new
 * check-in; only changed rows are folded again) and otherwise kept, so each keystroke only
 * filters; undefined while the first read runs.
 *
 * @example
 * const index = useSearchIndex(userId)
 */
export function useSearchIndex(userId: string): SearchIndex | undefined {
  const db = useLocalDb()
  const rows = useLiveQuery(() => readSearchable(db), [db])
  const build = useMemo(() => createIndexBuilder(), [])
  return useMemo(() => (rows ? build({ ...rows, userId }) : undefined), [build, rows, userId])
}
