import { tableNames } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'

/**
 * How many rows a full download will send the user: the visible, non-deleted rows of every
 * synced table, counted as the user (row-level security filters them) in the first page's
 * snapshot. Rows written while the download runs come on top, hence an estimate.
 */
export async function estimateDownload(tx: Queryable): Promise<number> {
  const counts = tableNames.map(
    (table) => `(select count(*) from public.${table} where deleted_at is null)`,
  )
  const [row] = await tx.query<{ n: string | number }>(`select (${counts.join(' + ')}) as n`)
  return Number(row?.n ?? 0)
}
