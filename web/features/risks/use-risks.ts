import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { readMemberNames } from '../../local/member-names.ts'
import { useLocalDb } from '../../local/use-local-db.ts'

/** A risk with the names the register shows beside it. */
export interface RiskEntry {
  risk: LocalRow<'risks'>
  accountName: string | null
  vendorName: string | null
  valueTitle: string | null
  ownerName: string | null
}

/**
 * Risks with their relationship, vendor, value item and owner named; deleted ones left out.
 */
export async function readRiskEntries(
  db: LocalDb,
  risks: readonly LocalRow<'risks'>[],
): Promise<RiskEntry[]> {
  const live = risks.filter((risk) => !risk.deleted_at)
  const accountIds = [...new Set(live.flatMap((r) => [r.account_id, r.vendor_account_id ?? '']))]
  const valueIds = [...new Set(live.flatMap((r) => (r.value_item_id ? [r.value_item_id] : [])))]
  const [accounts, values, names] = await Promise.all([
    db.accounts.bulkGet(accountIds.filter(Boolean)),
    db.value_items.bulkGet(valueIds),
    readMemberNames(db),
  ])
  const accountName = new Map(accounts.flatMap((a) => (a && !a.deleted_at ? [[a.id, a.name]] : [])))
  const valueTitle = new Map(values.flatMap((v) => (v && !v.deleted_at ? [[v.id, v.title]] : [])))
  return live.map((risk) => ({
    risk,
    accountName: accountName.get(risk.account_id) ?? null,
    vendorName: risk.vendor_account_id ? (accountName.get(risk.vendor_account_id) ?? null) : null,
    valueTitle: risk.value_item_id ? (valueTitle.get(risk.value_item_id) ?? null) : null,
    ownerName: risk.owner_user_id ? (names.get(risk.owner_user_id) ?? null) : null,
  }))
}

/**
 * The risks on the device — every relationship's, or one's — live; undefined while loading.
 *
 * @example
 * const entries = useRisks(accountId) // or useRisks() for the org
 */
export function useRisks(accountId?: string): RiskEntry[] | undefined {
  const db = useLocalDb()
  return useLiveQuery(async () => {
    const risks = accountId
      ? await db.risks.where('account_id').equals(accountId).toArray()
      : await db.risks.toArray()
    return readRiskEntries(db, risks)
  }, [db, accountId])
}
