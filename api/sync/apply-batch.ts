import { isParentOf } from '../contract/table-parents.ts'
import { tablePolicies } from '../contract/table-policy.ts'
import type { Mutation, MutationResult } from '../contract/sync-protocol.ts'
import { tableName, type TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { applyMutation, type ApplyContext } from './apply-mutation.ts'
import { applyRun } from './apply-run.ts'
import type { RunItem } from './run-item.ts'
import { Rejection } from './rejection.ts'
import { prepareFields } from './table-rules.ts'

const rowKey = (table: string, id: string) => `${table}/${id}`

/**
 * The rows of a batch the user can already see, in one statement for all its tables: an
 * upsert of any other id creates a row (or is refused by the database, as before).
 */
async function visibleRows(tx: Queryable, mutations: Mutation[]): Promise<Set<string>> {
  const idsByTable = new Map<TableName, string[]>()
  for (const { table, id } of mutations) {
    const parsed = tableName.safeParse(table)
    if (parsed.success) idsByTable.set(parsed.data, [...(idsByTable.get(parsed.data) ?? []), id])
  }
  const tables = [...idsByTable.keys()]
  if (tables.length === 0) return new Set()
  const rows = await tx.query<{ t: string; id: string }>(
    tables
      .map(
        (table, i) =>
          `select '${table}' as t, id from public.${table} where id = any($${i + 1}::uuid[])`,
      )
      .join(' union all '),
    tables.map((table) => idsByTable.get(table)),
  )
  return new Set(rows.map((row) => rowKey(row.t, row.id)))
}

/**
 * The run item a mutation makes — a create of a row the user can't see, an update of one they
 * can — or null when it takes the row-by-row path: a delete, a line of history, an organisation,
 * fields the server refuses (that path words why).
 */
function asRunItem(mutation: Mutation, visible: boolean): RunItem | null {
  if (mutation.op === 'delete') return null
  const parsed = tableName.safeParse(mutation.table)
  if (!parsed.success || parsed.data === 'orgs') return null
  const table = parsed.data
  if (visible && tablePolicies[table].history) return null
  try {
    const prepared = prepareFields(table, mutation.fields ?? {})
    if (!visible && !prepared.orgId) return null
    return { kind: visible ? 'update' : 'create', mutation, table, prepared }
  } catch (error) {
    if (error instanceof Rejection) return null
    throw error
  }
}

/**
 * Applies a device's mutations with the results SYNC.md gives them one by one, but not one
 * statement each: consecutive creates and updates are applied as a run, a table at a time
 * (apply-run.ts). A change joins the run unless its table is a parent of one already in it (a
 * parent row after its child), so applying parents first changes no outcome. Everything else —
 * a delete, a second change to a row, a line of history, fields the server refuses — is applied
 * on its own, in its place, after the run before it.
 */
export async function applyBatch(
  tx: Queryable,
  context: ApplyContext,
  mutations: Mutation[],
): Promise<Map<number, MutationResult>> {
  const visible = await visibleRows(tx, mutations)
  const touched = new Set<string>()
  const results = new Map<number, MutationResult>()
  let run: RunItem[] = []
  const applyPending = async () => {
    for (const result of await applyRun(tx, context, run)) results.set(result.seq, result)
    run = []
  }
  for (const mutation of mutations) {
    const key = rowKey(mutation.table, mutation.id)
    const item = touched.has(key) ? null : asRunItem(mutation, visible.has(key))
    touched.add(key)
    if (item) {
      if (run.some((earlier) => isParentOf(item.table, earlier.table))) await applyPending()
      run.push(item)
      continue
    }
    await applyPending()
    results.set(mutation.seq, await applyMutation(tx, context, mutation))
  }
  await applyPending()
  return results
}
