import type { MutationResult } from '../contract/sync-protocol.ts'
import { isAuthored, type TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import type { ApplyContext } from './apply-mutation.ts'
import { columnsKey, groupBy, type RunItem } from './run-item.ts'
import { tryInSavepoint } from './savepoint.ts'

const quoted = (column: string) => `"${column}"`

/** Inserts rows of one table that set the same columns, as the user, in one statement. */
async function insertAll(
  tx: Queryable,
  context: ApplyContext,
  table: TableName,
  rows: RunItem[],
): Promise<Map<string, number>> {
  const columns = Object.keys(rows[0]?.prepared.fields ?? {})
  // The author of a row is whoever the token says, never a field the device sent.
  const authored = isAuthored(table)
  const records = rows.map(({ mutation, prepared }) => ({
    ...prepared.fields,
    id: mutation.id,
    org_id: prepared.orgId,
  }))
  const inserted = await tx.query<{ id: string; version: number }>(
    `insert into public.${table} (id, org_id${columns.map((c) => `, ${quoted(c)}`).join('')}${
      authored ? ', author_id' : ''
    })
     select r.id, r.org_id${columns.map((c) => `, r.${quoted(c)}`).join('')}${
       authored ? ', $2::uuid' : ''
     }
       from jsonb_populate_recordset(null::public.${table}, $1::text::jsonb) with ordinality as r
      order by r.ordinality
     returning id, version`,
    [JSON.stringify(records), ...(authored ? [context.userId] : [])],
  )
  return new Map(inserted.map((row) => [row.id, Number(row.version)]))
}

/**
 * Creates new rows of one table, a statement per set of columns, each in a savepoint. Returns
 * the results of the rows it created and, to be applied one by one, those of a statement that
 * failed (a rule, a policy, a bad value), so each gets the result it would have had alone.
 *
 * @example
 * const { results, oneByOne } = await insertNewRows(tx, { userId, clientId }, 'contacts', creates)
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
        ? await tryInSavepoint(tx, (inner) => insertAll(inner, context, table, group))
        : null
    for (const item of group) {
      const version = versions?.get(item.mutation.id)
      if (version === undefined) oneByOne.push(item)
      else results.push({ seq: item.mutation.seq, status: 'applied', version })
    }
  }
  return { results, oneByOne }
}
