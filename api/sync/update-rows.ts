import type { MutationResult } from '../contract/sync-protocol.ts'
import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'
import type { ApplyContext } from './apply-mutation.ts'
import { changedByOthers, recordConflicts, type RowConflicts } from './conflicts.ts'
import { mergeFields } from './field-merge.ts'
import { setColumns } from './row-statements.ts'
import { columnsKey, groupBy, settle, type RunItem } from './run-item.ts'
import { tryInSavepoint } from './savepoint.ts'

type Json = Record<string, unknown>

interface LockedRow {
  id: string
  org_id: string
  current: Json
  incoming: Json
  /** Someone other than this device changed the row after the change's base version. */
  changed: boolean
}

/**
 * Reads and locks the rows the user may change, in one statement: `for update` under row-level
 * security returns only those. With each, the change's fields as the table's types and whether
 * another device wrote the row since the version the change was based on.
 */
async function lockRows(
  tx: Queryable,
  context: ApplyContext,
  table: TableName,
  updates: RunItem[],
): Promise<Map<string, LockedRow>> {
  const input = updates.map(({ mutation, prepared }, ord) => ({
    ord,
    id: mutation.id,
    fields: prepared.fields,
    base: mutation.baseVersion ?? 0,
  }))
  const rows = await tx.query<LockedRow>(
    `select t.id, t.org_id, to_jsonb(t.*) as current,
            to_jsonb(jsonb_populate_record(null::public.${table}, i.fields)) as incoming,
            ${changedByOthers('i.id', '$2', 'i.base', '$3')} as changed
       from jsonb_to_recordset($1::text::jsonb) as i (ord int, id uuid, fields jsonb, base bigint)
       join public.${table} t on t.id = i.id
      order by i.ord
        for update of t`,
    [JSON.stringify(input), table, context.clientId],
  )
  return new Map(rows.map((row) => [row.id, row]))
}

interface Merge {
  item: RunItem
  apply: Json
  conflicts: RowConflicts
}

/** Sets the merged fields of rows that set the same columns, in one statement. */
function updateAll(tx: Queryable, table: TableName, merges: Merge[]) {
  const columns = Object.keys(merges[0]?.apply ?? {})
  const records = merges.map(({ item, apply }) => ({ ...apply, id: item.mutation.id }))
  return setColumns(tx, table, columns, records)
}

/**
 * Applies changes to existing rows of one table: one statement locks and reads them all, the
 * fields are merged as for a single change (field-merge.ts), one statement per set of merged
 * columns writes them, and the overwritten values are logged together. A change that needs
 * more than a plain write — a row the user may not change or that was deleted, a stale reopen,
 * a statement the database refused — is returned to be applied on its own, which words it.
 */
export async function updateRows(
  tx: Queryable,
  context: ApplyContext,
  table: TableName,
  updates: RunItem[],
): Promise<{ results: MutationResult[]; oneByOne: RunItem[] }> {
  const results: MutationResult[] = []
  const oneByOne: RunItem[] = []
  const locked = await lockRows(tx, context, table, updates)
  const merges: Merge[] = []
  for (const item of updates) {
    const { mutation, prepared } = item
    const row = locked.get(mutation.id)
    const moved = prepared.orgId !== null && prepared.orgId !== row?.org_id
    if (!row || row.current.deleted_at != null || moved) {
      oneByOne.push(item)
      continue
    }
    const version = Number(row.current.version)
    const stale = (mutation.baseVersion ?? 0) < version && row.changed
    const { apply, conflicts } = mergeFields(
      table,
      prepared.fields,
      row.current,
      row.incoming,
      stale,
    )
    if (Object.keys(apply).length === 0) {
      if (conflicts.length) oneByOne.push(item)
      else results.push({ seq: mutation.seq, status: 'applied', version })
      continue
    }
    const rowConflicts: RowConflicts = {
      table,
      rowId: mutation.id,
      orgId: row.org_id,
      baseVersion: mutation.baseVersion ?? null,
      serverVersion: version,
      conflicts,
    }
    merges.push({ item, apply, conflicts: rowConflicts })
  }
  const written: RowConflicts[] = []
  for (const group of groupBy(merges, (merge) => columnsKey(merge.apply))) {
    const versions = await tryInSavepoint(tx, (inner) => updateAll(inner, table, group))
    const settled = settle(
      group.map((merge) => merge.item),
      versions,
    )
    results.push(...settled.results)
    oneByOne.push(...settled.oneByOne)
    for (const merge of group) {
      if (versions?.has(merge.item.mutation.id)) written.push(merge.conflicts)
    }
  }
  await recordConflicts(tx, context.userId, context.clientId, written)
  return { results, oneByOne }
}
