import { orgTierCadence, type TierCadence } from '../../api/contract/cadence.ts'
import type { LocalDb } from './local-db.ts'

// Apart from setCadenceDefaults: the portfolio reads this on the first screen, which must not
// load the write path (and the wire's schemas with it).

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
