import { useLiveQuery } from 'dexie-react-hooks'
import { initialTierCadence, type TierCadence } from '../../../api/contract/cadence.ts'
import { readTierCadence } from '../../local/tier-cadence.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

/**
 * The organisation's default cadence per tier, live: what a relationship without a cadence of
 * its own (created or cleared on this device, not yet synced) is held to.
 *
 * @example
 * const cadenceDays = effectiveCadence(account, useTierCadence())
 */
export function useTierCadence(): TierCadence {
  const db = useLocalDb()
  // Before the first read answers the initial defaults stand in, for a render or two.
  return useLiveQuery(() => readTierCadence(db), [db]) ?? initialTierCadence
}
