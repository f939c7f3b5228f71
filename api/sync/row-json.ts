import type { TableName } from '../contract/tables.ts'

/**
 * A row as pull sends it: timestamps as ISO strings (dates are already 'YYYY-MM-DD' and
 * uuid[] already arrays from the database layer), and `org_id` on orgs too, so every row of
 * every table names its org the same way.
 *
 * @example
 * rowJson('orgs', { id, name, created_at: new Date() }) // { id, name, created_at: '2026-…Z', org_id: id }
 */
export function rowJson(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const json: Record<string, unknown> = {}
  for (const [column, value] of Object.entries(row)) {
    json[column] = value instanceof Date ? value.toISOString() : value
  }
  if (table === 'orgs') json.org_id = row.id
  return json
}
