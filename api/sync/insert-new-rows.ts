import type { Mutation, MutationResult } from '../contract/sync-protocol.ts'
import { isAuthored, tableNames, type TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import { applyMutation, type ApplyContext } from './apply-mutation.ts'
import { pgErrorInfo } from './rejection.ts'
import { inSavepoint } from './savepoint.ts'
import type { PreparedFields } from './table-rules.ts'

/** A create of a row the user can't see yet, its fields validated. */
export interface NewRow {
  mutation: Mutation
  table: TableName
  prepared: PreparedFields & { orgId: string }
}

const quoted = (column: string) => `"${column}"`

/** Inserts rows of one table that set the same columns, as the user, in one statement. */
async function insertAll(
  tx: Queryable,
  context: ApplyContext,
  table: TableName,
  rows: NewRow[],
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

/** Rows of the run grouped a table at a time, parents first, then by the columns they set. */
function groups(rows: NewRow[]): NewRow[][] {
  const found = new Map<string, NewRow[]>()
  for (const table of tableNames) {
    for (const row of rows) {
      if (row.table !== table) continue
      const key = `${table}:${Object.keys(row.prepared.fields).sort().join(',')}`
      found.set(key, [...(found.get(key) ?? []), row])
    }
  }
  return [...found.values()]
}

/**
 * Creates a run of new rows a statement per table and set of columns, each statement in a
 * savepoint. When one fails (a rule, a policy, a bad value), its rows are applied again one by
 * one, so each gets exactly the result it would have had alone; the other statements stand.
 *
 * @example
 * const results = await insertNewRows(tx, { userId, clientId }, run)
 */
export async function insertNewRows(
  tx: Queryable,
  context: ApplyContext,
  rows: NewRow[],
): Promise<MutationResult[]> {
  const results: MutationResult[] = []
  for (const group of groups(rows)) {
    // A statement of one row gains nothing over the row-by-row path, which words its refusals.
    const table = group[0]?.table
    if (group.length > 1 && table) {
      try {
        const versions = await inSavepoint(tx, (inner) => insertAll(inner, context, table, group))
        for (const { mutation } of group) {
          const version = versions.get(mutation.id)
          if (version === undefined) throw new Error(`insert of ${table} ${mutation.id} vanished`)
          results.push({ seq: mutation.seq, status: 'applied', version })
        }
        continue
      } catch (error) {
        if (!pgErrorInfo(error)) throw error
      }
    }
    for (const { mutation } of group) results.push(await applyMutation(tx, context, mutation))
  }
  return results
}
