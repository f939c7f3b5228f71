import type { AnyRow, LocalDb, OutboxEntry } from './local-db.ts'

/**
 * The key of a row across tables, as `shadows` and the outbox grouping use it.
 *
 * @example
 * rowKey('checkins', id) // 'checkins/0191…'
 */
export function rowKey(table: string, id: string): string {
  return `${table}/${id}`
}

/**
 * Keeps the server's copy of a row before its first pending change; later changes leave it.
 * Call inside the write's transaction, before the local row changes.
 */
export async function keepShadow(
  db: LocalDb,
  table: string,
  id: string,
  current: AnyRow | null,
): Promise<void> {
  const key = rowKey(table, id)
  if (!(await db.shadows.get(key))) await db.shadows.put({ key, row: current })
}

/**
 * Pending changes replayed over a server row: their fields win, and a pending delete hides the
 * row (null). With no server row, there is nothing to replay onto: returns undefined.
 */
export function overlay(base: AnyRow | null, pending: OutboxEntry[]): AnyRow | null | undefined {
  if (pending.some((entry) => entry.op === 'delete')) return null
  if (!base) return pending.length === 0 ? null : undefined
  return pending.reduce<AnyRow>((row, entry) => ({ ...row, ...entry.fields }), base)
}

/**
 * The pending outbox entries per row key, each list in `seq` order.
 */
export function groupPending(entries: OutboxEntry[]): Map<string, OutboxEntry[]> {
  const groups = new Map<string, OutboxEntry[]>()
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    const key = rowKey(entry.table, entry.id)
    const list = groups.get(key)
    if (list) list.push(entry)
    else groups.set(key, [entry])
  }
  return groups
}
