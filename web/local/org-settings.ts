import { cadenceFields, orgTierCadence, type TierCadence } from '../../api/contract/cadence.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError, writeRow } from './local-write.ts'

/**
 * Sets the organisation's default cadence target of some tiers, in days (admins; the server
 * refuses others). Relationships created afterwards without a cadence take the new default;
 * existing ones keep theirs. Returns the change's seq.
 *
 * @example
 * await setCadenceDefaults(db, orgId, { strategic: 10, core: 30, transactional: 60 })
 */
export async function setCadenceDefaults(
  db: LocalDb,
  orgId: string,
  days: Partial<TierCadence>,
): Promise<number> {
  const fields = cadenceFields(days)
  if (Object.keys(fields).length === 0) throw new LocalWriteError('No cadence to change')
  return writeRow(db, 'orgs', orgId, fields)
}

/**
 * The default cadence per tier of the device's organisation (the initial defaults until its row
 * has synced).
 *
 * @example
 * const tierCadence = await readTierCadence(db) // { strategic: 14, core: 30, transactional: 90 }
 */
export async function readTierCadence(db: LocalDb): Promise<TierCadence> {
  const org = (await db.orgs.toArray()).find((row) => !row.deleted_at)
  return orgTierCadence(org)
}
