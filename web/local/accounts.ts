import type { Fields } from '../../api/contract/tables.ts'
import type { LocalDb } from './local-db.ts'
import { writeRow } from './local-write.ts'

/**
 * Edits an account's fields (tier, cadence, maturity, goals, …) on this device; queued for sync.
 *
 * @example
 * await updateAccountFields(db, accountId, { maturity_self: 3, strategic_goals: 'Cloud first' })
 */
export async function updateAccountFields(
  db: LocalDb,
  id: string,
  fields: Partial<Fields<'accounts'>>,
): Promise<number> {
  return writeRow(db, 'accounts', id, fields)
}
