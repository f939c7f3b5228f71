import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { authorName, readMemberNames } from '../../local/member-names.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { pendingValueItemIds } from './pending-value-items.ts'
import { historyLines, type HistoryLine } from './value-history.ts'

export interface ValueItemPage {
  item: LocalRow<'value_items'>
  account: Pick<LocalRow<'accounts'>, 'id' | 'name'> | null
  vendor: Pick<LocalRow<'accounts'>, 'id' | 'name'> | null
  history: (HistoryLine & { by: string })[]
  /** False for an item recorded before its history was kept: its creation has no line. */
  historyFromStart: boolean
  /** Whether a change to the item or its history is still waiting to reach the server. */
  waiting: boolean
}

async function readValueItem(
  db: LocalDb,
  id: string,
  userId: string,
): Promise<ValueItemPage | null> {
  const item = await db.value_items.get(id)
  if (!item || item.deleted_at) return null
  const [account, vendor, updates, names, pending] = await Promise.all([
    db.accounts.get(item.account_id),
    item.vendor_account_id ? db.accounts.get(item.vendor_account_id) : undefined,
    db.value_updates.where('value_item_id').equals(id).toArray(),
    readMemberNames(db),
    db.outbox.toArray(),
  ])
  const named = (row: LocalRow<'accounts'> | undefined) =>
    row && !row.deleted_at ? { id: row.id, name: row.name } : null
  const { lines, startedWith } = historyLines(updates, item.created_at)
  return {
    item,
    account: named(account),
    vendor: named(vendor),
    history: lines.map((line) => ({ ...line, by: authorName(names, line.authorId, userId) })),
    historyFromStart: startedWith,
    waiting: pendingValueItemIds(pending).has(id),
  }
}

/**
 * One value item with its relationship, vendor and history, live; null when it is not on the
 * device (or deleted), undefined while the first read runs.
 */
export function useValueItem(id: string, userId: string): ValueItemPage | null | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readValueItem(db, id, userId), [db, id, userId])
}
