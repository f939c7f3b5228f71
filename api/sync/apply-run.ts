import type { MutationResult } from '../contract/sync-protocol.ts'
import { tableNames } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { applyMutation, type ApplyContext } from './apply-mutation.ts'
import { insertNewRows } from './insert-new-rows.ts'
import type { RunItem } from './run-item.ts'
import { updateRows } from './update-rows.ts'

/**
 * Applies a run of creates and updates a table at a time, parents first (tableNames order):
 * the table's new rows, then its changed rows, then, one by one in arrival order, the changes
 * its set statements handed back.
 */
export async function applyRun(
  tx: Queryable,
  context: ApplyContext,
  run: RunItem[],
): Promise<MutationResult[]> {
  const results: MutationResult[] = []
  for (const table of tableNames) {
    const items = run.filter((item) => item.table === table)
    if (items.length === 0) continue
    const creates = items.filter((item) => item.kind === 'create')
    const updates = items.filter((item) => item.kind === 'update')
    const inserted = await insertNewRows(tx, context, table, creates)
    const updated = updates.length ? await updateRows(tx, context, table, updates) : null
    results.push(...inserted.results, ...(updated?.results ?? []))
    const handedBack = new Set([...inserted.oneByOne, ...(updated?.oneByOne ?? [])])
    for (const item of items) {
      if (handedBack.has(item)) results.push(await applyMutation(tx, context, item.mutation))
    }
  }
  return results
}
