import { cadenceFields, type TierCadence } from '../../api/contract/cadence.ts'
import type { LocalDb } from './local-db.ts'
import { LocalWriteError, writeRow } from './local-write.ts'

/**
 * Sets the organisation's default cadence target of some tiers, in days (admins; the server
 * refuses others). Relationships created afterwards without a cadence take the new default;
 * existing ones keep theirs. Returns the change's seq.
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
