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

// Kept for the life of the page, per person: coming back to Search answers at once from the last
// index while the device is read again, and only rows changed since are folded anew.
let kept: { userId: string; build: ReturnType<typeof createIndexBuilder>; index?: SearchIndex } = {
  userId: '',
  build: createIndexBuilder(),
}

function keptFor(userId: string) {
  if (kept.userId !== userId) kept = { userId, build: createIndexBuilder() }
  return kept
}

/**
 * The search index over the device's rows, rebuilt when any of them changes (a sync, a new
 * check-in; only changed rows are folded again) and otherwise kept, so each keystroke only
 * filters; undefined only while the very first read runs.
 *
 * @example
 * const index = useSearchIndex(userId)
 */
export function useSearchIndex(userId: string): SearchIndex | undefined {
  const db = useLocalDb()
  const rows = useLiveQuery(() => readSearchable(db), [db])
  return useMemo(() => {
    const cache = keptFor(userId)
    if (rows) cache.index = cache.build({ ...rows, userId })
    return cache.index
  }, [rows, userId])
}
