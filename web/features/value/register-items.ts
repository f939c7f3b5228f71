import { valueProgress } from '../../../api/contract/value-register.ts'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { authorName, readMemberNames } from '../../local/member-names.ts'
import { pendingValueItemIds } from './pending-value-items.ts'
import { stageDisplayOrder } from './value-format.ts'

/** One value item as the register shows it: the row, its progress and its latest change. */
export interface RegisterItem {
  item: LocalRow<'value_items'>
  accountName: string | null
  vendorName: string | null
  progress: number | null
  /** The latest line of its history: when, and who wrote it ('you' for the viewer). */
  lastUpdate: { at: string; by: string } | null
  /** Whether a change to it is still waiting to reach the server. */
  waiting: boolean
}

/**
 * Enriches value items with what the register shows beside them — names, progress, the latest
 * line of history and who wrote it — in the register's order (being delivered first).
 */
export async function readRegisterItems(
  db: LocalDb,
  items: readonly LocalRow<'value_items'>[],
  userId: string,
): Promise<RegisterItem[]> {
  const live = items.filter((item) => !item.deleted_at)
  const ids = live.map((item) => item.id)
  const accountIds = [...new Set(live.flatMap((i) => [i.account_id, i.vendor_account_id ?? '']))]
  const [updates, accounts, names, pending] = await Promise.all([
    db.value_updates.where('value_item_id').anyOf(ids).toArray(),
    db.accounts.bulkGet(accountIds.filter(Boolean)),
    readMemberNames(db),
    db.outbox.toArray(),
  ])
  const latest = new Map<string, LocalRow<'value_updates'>>()
  for (const update of updates) {
    const known = latest.get(update.value_item_id)
    // Compared as instants: the device writes '…123Z', the server '…123456+00:00'.
    if (!known || Date.parse(known.created_at) < Date.parse(update.created_at)) {
      latest.set(update.value_item_id, update)
    }
  }
  const accountName = new Map(accounts.flatMap((a) => (a && !a.deleted_at ? [[a.id, a.name]] : [])))
  const waiting = pendingValueItemIds(pending)
  return live
    .map((item): RegisterItem => {
      const update = latest.get(item.id)
      return {
        item,
        accountName: accountName.get(item.account_id) ?? null,
        vendorName: item.vendor_account_id
          ? (accountName.get(item.vendor_account_id) ?? null)
          : null,
        progress: valueProgress(item),
        lastUpdate: update
          ? { at: update.created_at, by: authorName(names, update.author_id, userId, 'you') }
          : null,
        waiting: waiting.has(item.id),
      }
    })
    .sort(
      (a, b) =>
        stageDisplayOrder.indexOf(a.item.stage) - stageDisplayOrder.indexOf(b.item.stage) ||
        a.item.title.localeCompare(b.item.title),
    )
}
