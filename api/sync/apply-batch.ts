import { isParentOf } from '../contract/table-parents.ts'
import type { Mutation, MutationResult } from '../contract/sync-protocol.ts'
import { tableName, type TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { applyMutation, type ApplyContext } from './apply-mutation.ts'
import { insertNewRows, type NewRow } from './insert-new-rows.ts'
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

/** The new row a mutation would create, or null when it needs the row-by-row path. */
function asNewRow(mutation: Mutation): NewRow | null {
  if (mutation.op === 'delete') return null
  const parsed = tableName.safeParse(mutation.table)
  if (!parsed.success || parsed.data === 'orgs') return null
  try {
    const { fields, orgId } = prepareFields(parsed.data, mutation.fields ?? {})
    return orgId ? { mutation, table: parsed.data, prepared: { fields, orgId } } : null
  } catch (error) {
    if (error instanceof Rejection) return null
    throw error
  }
}

/**
 * Applies a device's mutations with the results SYNC.md gives them one by one, but not one
 * statement each: consecutive creates of rows nobody has yet are written a table at a time
 * (insert-new-rows.ts). A create joins the run unless it could decide an earlier create of it
 * (a parent row after its child), so moving it ahead changes no outcome. Everything else — an
 * update, a delete, a second change to a row, a create the server will refuse — is applied on
 * its own, in its place, after the run before it.
 *
 * @example
 * const results = await applyBatch(tx, { userId, clientId }, mutations)
 */
export async function applyBatch(
  tx: Queryable,
  context: ApplyContext,
  mutations: Mutation[],
): Promise<Map<number, MutationResult>> {
  const visible = await visibleRows(tx, mutations)
  const touched = new Set<string>()
  const results = new Map<number, MutationResult>()
  let run: NewRow[] = []
  const applyRun = async () => {
    for (const result of await insertNewRows(tx, context, run)) results.set(result.seq, result)
    run = []
  }
  for (const mutation of mutations) {
    const key = rowKey(mutation.table, mutation.id)
    const row = touched.has(key) || visible.has(key) ? null : asNewRow(mutation)
    touched.add(key)
    if (row) {
      if (run.some((earlier) => isParentOf(row.table, earlier.table))) await applyRun()
      run.push(row)
      continue
    }
    await applyRun()
    results.set(mutation.seq, await applyMutation(tx, context, mutation))
  }
  await applyRun()
  return results
}
