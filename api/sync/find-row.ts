import type { TableName } from '../contract/tables.ts'
import type { Queryable } from '../db/database.ts'

export interface FoundRow<T> {
  /** The row's org when the user can see it, else null (missing, or another org's / private). */
  orgId: string | null
  /** The requested columns when the user may also change the row (it is then locked), else null. */
  locked: T | null
}

/**
 * Looks a row up as the user in one statement: whether they can see it, and if they may change
 * it, its `columns` with the row locked (`for update`, which row-level security limits to rows
 * the user may update). Extra parameters for `columns` start at $2.
 */
export async function findRow<T extends object>(
  tx: Queryable,
  table: TableName,
  id: string,
  columns: string,
  params: readonly unknown[] = [],
): Promise<FoundRow<T>> {
  const orgOf = table === 'orgs' ? 't.id' : 't.org_id'
  const [row] = await tx.query<{ org_id: string; locked: boolean | null } & T>(
    `select v.org_id, l.*
       from (select ${orgOf} as org_id from public.${table} t where t.id = $1) as v
       left join lateral (
         select true as locked, ${columns} from public.${table} t where t.id = $1 for update
       ) as l on true`,
    [id, ...params],
  )
  if (!row) return { orgId: null, locked: null }
  return { orgId: row.org_id, locked: row.locked ? row : null }
}
