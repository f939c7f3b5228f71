import type { AnyRow, LocalDb } from './local-db.ts'
import { addToFacts, factSourceTables, type TrustFacts } from './trust-facts.ts'

/** Rows read at a time: enough to keep IndexedDB busy, few enough to keep the heap small. */
const chunkRows = 2000

/**
 * Rebuilds every account's trust facts from the check-ins, commitments and contacts on the
 * device, reading each table in chunks by id so memory holds the facts, not the rows. Call
 * inside a transaction over the source tables and `trust_facts`: the facts then never show a
 * state between the old and the new.
 *
 * @example
 * await db.transaction('rw', [...db.writeScope(), db.trust_facts], () => rebuildTrustFacts(db))
 */
export async function rebuildTrustFacts(db: LocalDb): Promise<void> {
  const facts = new Map<string, TrustFacts>()
  for (const table of factSourceTables) {
    const rows = db.synced(table)
    let after: string | null = null
    for (;;) {
      const range = after === null ? rows.toCollection() : rows.where(':id').above(after)
      const chunk: AnyRow[] = await range.limit(chunkRows).toArray()
      addToFacts(facts, table, chunk)
      const last = chunk.at(-1)
      if (!last || chunk.length < chunkRows) break
      after = last.id
    }
  }
  await db.trust_facts.clear()
  await db.trust_facts.bulkPut([...facts.values()])
}
