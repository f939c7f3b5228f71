import type { LocalDb } from './local-db.ts'
import { addToFacts, factSourceTables, type TrustFacts } from './trust-facts.ts'

/** Accounts rebuilt at a time: their rows and facts are all the rebuild holds in memory. */
const accountsPerGroup = 100

/**
 * Rebuilds every account's trust facts from the check-ins, commitments and contacts on the
 * device, a group of accounts at a time (each source table read by its `account_id` index over
 * the group's range), so memory holds one group's rows and facts, not the whole download's.
 * Call inside a transaction over the source tables and `trust_facts`: the facts then never show
 * a state between the old and the new.
 *
 * @example
 * await db.transaction('rw', [...db.writeScope(), db.trust_facts], () => rebuildTrustFacts(db))
 */
export async function rebuildTrustFacts(db: LocalDb): Promise<void> {
  const keys = await Promise.all(
    factSourceTables.map((table) => db.synced(table).orderBy('account_id').uniqueKeys()),
  )
  const accounts = [...new Set(keys.flat().map(String))].sort()
  await db.trust_facts.clear()
  for (let start = 0; start < accounts.length; start += accountsPerGroup) {
    const group = accounts.slice(start, start + accountsPerGroup)
    const [low = '', high = low] = [group[0], group.at(-1)]
    const facts = new Map<string, TrustFacts>()
    const rows = await Promise.all(
      factSourceTables.map((table) =>
        db.synced(table).where('account_id').between(low, high, true, true).toArray(),
      ),
    )
    factSourceTables.forEach((table, index) => addToFacts(facts, table, rows[index] ?? []))
    await db.trust_facts.bulkPut([...facts.values()])
  }
}
