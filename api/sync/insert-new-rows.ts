import type { MutationResult } from '../contract/sync-protocol.ts'
import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import type { ApplyContext } from './apply-mutation.ts'
import { insertRows } from './row-statements.ts'
import { columnsKey, groupBy, settle, type RunItem } from './run-item.ts'
import { tryInSavepoint } from './savepoint.ts'

/** Inserts new rows of one table that set the same columns, in one statement. */
function insertAll(tx: Queryable, authorId: string, table: TableName, rows: RunItem[]) {
  const columns = Object.keys(rows[0]?.prepared.fields ?? {})
  const records = rows.map(({ mutation, prepared }) => ({
    ...prepared.fields,
    id: mutation.id,
    org_id: prepared.orgId,
  }))
  return insertRows(tx, table, columns, records, authorId)
}

/**
 * Creates new rows of one table, a statement per set of columns, each in a savepoint. Returns
 * the results of the rows it created and, to be applied one by one, those of a statement that
 * failed (a rule, a policy, a bad value), so each gets the result it would have had alone.
 */
export async function insertNewRows(
  tx: Queryable,
  context: ApplyContext,
  table: TableName,
  creates: RunItem[],
): Promise<{ results: MutationResult[]; oneByOne: RunItem[] }> {
  const results: MutationResult[] = []
  const oneByOne: RunItem[] = []
  for (const group of groupBy(creates, (item) => columnsKey(item.prepared.fields))) {
    // A statement of one row gains nothing over the row-by-row path, which words its refusals.
    const versions =
      group.length > 1
        ? await tryInSavepoint(tx, (inner) => insertAll(inner, context.userId, table, group))
        : null
    const settled = settle(group, versions)
    results.push(...settled.results)
    oneByOne.push(...settled.oneByOne)
  }
  return { results, oneByOne }
}
