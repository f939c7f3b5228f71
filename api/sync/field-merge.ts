import { tablePolicies } from '../contract/table-policy.ts'
import type { TableName } from '../contract/tables.ts'
import type { FieldConflict } from './conflicts.ts'

type Json = Record<string, unknown>

const sameValue = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Decides which fields of a change to apply over the current row. A change based on an older
 * version than someone else wrote still applies field by field (arrival order wins), and each
 * value it overwrites is kept as a conflict; but it never reopens what the table's policy calls
 * finished (a done commitment).
 */
export function mergeFields(
  table: TableName,
  fields: Json,
  current: Json,
  incoming: Json,
  stale: boolean,
): { apply: Json; conflicts: FieldConflict[] } {
  const finished = tablePolicies[table].finishedStatus
  const blockReopen =
    stale &&
    finished !== undefined &&
    finished.field in fields &&
    finished.finished.includes(String(current[finished.field])) &&
    incoming[finished.field] === finished.open
  const apply: Json = {}
  const conflicts: FieldConflict[] = []
  for (const [key, value] of Object.entries(fields)) {
    if (blockReopen && key === finished.field) {
      conflicts.push({ field: key, lost: incoming[key], kept: current[key] })
      continue
    }
    if (blockReopen && finished.alongside.includes(key)) continue
    if (stale && !sameValue(current[key], incoming[key])) {
      conflicts.push({ field: key, lost: current[key], kept: incoming[key] })
    }
    apply[key] = value
  }
  return { apply, conflicts }
}
