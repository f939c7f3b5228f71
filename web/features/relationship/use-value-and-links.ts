import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb, LocalRow } from '../../local/local-db.ts'
import { useLocalDb } from '../../sync/sync-provider.tsx'
import { linkedAccounts, type LinkedAccount } from './linked-accounts.ts'

/** A linked relationship with the account row it names (absent when not on this device). */
export interface ShownLink extends LinkedAccount {
  account: LocalRow<'accounts'>
}

export interface ValueAndLinks {
  /** The relationship's own value items, then those it contributes to as a vendor. */
  valueItems: LocalRow<'value_items'>[]
  vendors: ShownLink[]
  agencies: ShownLink[]
  /** Names of every account the value items and links mention, by id. */
  names: Map<string, string>
}

async function readValueAndLinks(db: LocalDb, accountId: string): Promise<ValueAndLinks> {
  const [own, asVendor, cardsAsAgency, cardsAsVendor] = await Promise.all([
    db.value_items.where('account_id').equals(accountId).toArray(),
    db.value_items.where('vendor_account_id').equals(accountId).toArray(),
    db.scorecards.where('agency_account_id').equals(accountId).toArray(),
    db.scorecards.where('vendor_account_id').equals(accountId).toArray(),
  ])
  const valueItems = [...own, ...asVendor].filter((v) => !v.deleted_at)
  const links = linkedAccounts(accountId, valueItems, [...cardsAsAgency, ...cardsAsVendor])
  const ids = new Set([
    ...valueItems.flatMap((v) => [v.account_id, v.vendor_account_id ?? '']),
    ...links.vendors.map((l) => l.id),
    ...links.agencies.map((l) => l.id),
  ])
  ids.delete('')
  const accounts = (await db.accounts.bulkGet([...ids])).filter(
    (a): a is LocalRow<'accounts'> => a !== undefined && !a.deleted_at,
  )
  const byId = new Map(accounts.map((a) => [a.id, a]))
  const shown = (list: LinkedAccount[]) =>
    list
      .flatMap((link) => {
        const account = byId.get(link.id)
        return account ? [{ ...link, account }] : []
      })
      .sort((a, b) => a.account.name.localeCompare(b.account.name))
  return {
    valueItems,
    vendors: shown(links.vendors),
    agencies: shown(links.agencies),
    names: new Map(accounts.map((a) => [a.id, a.name])),
  }
}

/**
 * A relationship's value items and the vendors or agencies it is linked to, live; undefined
 * while the first read runs.
 *
 * @example
 * const links = useValueAndLinks(accountId)
 */
export function useValueAndLinks(accountId: string): ValueAndLinks | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readValueAndLinks(db, accountId), [db, accountId])
}
