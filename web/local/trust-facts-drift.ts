import type { LocalDb } from './local-db.ts'
import { buildTrustFacts, readFactTables, type TrustFacts } from './trust-facts.ts'

function canonical(rows: readonly TrustFacts[]): Map<string, string> {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
  const entries = rows
    .filter((row) => row.checkins.length + row.items.length + row.contacts.length > 0)
    .map((row) => {
      const sorted = {
        checkins: [...row.checkins].sort(byId),
        items: [...row.items].sort(byId),
        contacts: [...row.contacts].sort(byId),
      }
      return [row.account_id, JSON.stringify(sorted)] as const
    })
  return new Map(entries)
}

/**
 * Where the kept trust facts differ from facts rebuilt from the tables on the device: empty when
 * the middleware kept them right. For tests and the fault suite.
 */
export async function trustFactsDrift(db: LocalDb): Promise<string[]> {
  const tables = await readFactTables((name) => db.synced(name).toArray())
  const kept = canonical(await db.trust_facts.toArray())
  const rebuilt = canonical(buildTrustFacts(tables))
  const problems: string[] = []
  for (const [accountId, facts] of rebuilt) {
    const found = kept.get(accountId)
    if (found !== facts) problems.push(`trust facts of ${accountId}: ${found} ≠ ${facts}`)
  }
  for (const accountId of kept.keys()) {
    if (!rebuilt.has(accountId)) problems.push(`trust facts of ${accountId} should be empty`)
  }
  return problems
}
