import { useLiveQuery } from 'dexie-react-hooks'
import type { LocalDb } from '../../local/local-db.ts'
import { useLocalDb } from '../../local/use-local-db.ts'
import { readRegisterItems, type RegisterItem } from './register-items.ts'

export interface NamedAccount {
  id: string
  name: string
}

export interface ValueRegister {
  entries: RegisterItem[]
  /** The relationships that have value items, for the filter. */
  relationships: NamedAccount[]
  /** The vendors delivering value items, for the filter. */
  vendors: NamedAccount[]
}

const byName = (a: NamedAccount, b: NamedAccount) => a.name.localeCompare(b.name)

async function readRegister(db: LocalDb, userId: string): Promise<ValueRegister> {
  const entries = await readRegisterItems(db, await db.value_items.toArray(), userId)
  const relationships = new Map<string, NamedAccount>()
  const vendors = new Map<string, NamedAccount>()
  for (const { item, accountName, vendorName } of entries) {
    if (accountName) relationships.set(item.account_id, { id: item.account_id, name: accountName })
    if (item.vendor_account_id && vendorName) {
      vendors.set(item.vendor_account_id, { id: item.vendor_account_id, name: vendorName })
    }
  }
  return {
    entries,
    relationships: [...relationships.values()].sort(byName),
    vendors: [...vendors.values()].sort(byName),
  }
}

/**
 * The org's whole value register on this device, live; undefined while the first read runs.
 */
export function useValueRegister(userId: string): ValueRegister | undefined {
  const db = useLocalDb()
  return useLiveQuery(() => readRegister(db, userId), [db, userId])
}
