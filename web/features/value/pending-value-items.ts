import type { OutboxEntry } from '../../local/local-db.ts'

/**
 * The value items with a change still waiting for the server: their own, or a line of their
 * history.
 */
export function pendingValueItemIds(outbox: readonly OutboxEntry[]): Set<string> {
  return new Set(
    outbox.flatMap((entry) => {
      if (entry.table === 'value_items') return [entry.id]
      const itemId = entry.table === 'value_updates' ? entry.fields?.value_item_id : undefined
      return typeof itemId === 'string' ? [itemId] : []
    }),
  )
}
