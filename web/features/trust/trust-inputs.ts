import {
  trustIndex,
  type TrustIndex,
  type TrustOptions,
} from '../../../api/contract/trust-index.ts'
import type { LocalRow } from '../../local/local-db.ts'

type Account = LocalRow<'accounts'>

/** One account's rows, as the trust index reads them. */
export interface AccountRows {
  checkins: LocalRow<'checkins'>[]
  items: LocalRow<'action_items'>[]
  contacts: LocalRow<'contacts'>[]
}

const tierCadence: Record<Account['tier'], number> = { strategic: 14, core: 30, transactional: 90 }

/**
 * The cadence target the server keeps: an emptied target falls back to the tier's default, as
 * the database trigger does, so the device agrees with the server before the edit syncs.
 *
 * @example
 * effectiveCadence({ tier: 'core', cadence_days: null }) // 30
 */
export function effectiveCadence(account: Pick<Account, 'tier' | 'cadence_days'>): number {
  return account.cadence_days ?? tierCadence[account.tier]
}

const emptyRows = (): AccountRows => ({ checkins: [], items: [], contacts: [] })

/**
 * Splits the device's check-ins, commitments and contacts by account in one pass, so computing
 * every account's trust costs one walk over each table instead of one filter per account.
 *
 * @example
 * const rows = groupByAccount(checkins, items, contacts)
 * rows.get(accountId)?.checkins.length
 */
export function groupByAccount(
  checkins: readonly LocalRow<'checkins'>[],
  items: readonly LocalRow<'action_items'>[],
  contacts: readonly LocalRow<'contacts'>[],
): Map<string, AccountRows> {
  const groups = new Map<string, AccountRows>()
  const rowsOf = (accountId: string) => {
    let rows = groups.get(accountId)
    if (!rows) groups.set(accountId, (rows = emptyRows()))
    return rows
  }
  for (const checkin of checkins) rowsOf(checkin.account_id).checkins.push(checkin)
  for (const item of items) rowsOf(item.account_id).items.push(item)
  for (const contact of contacts) rowsOf(contact.account_id).contacts.push(contact)
  return groups
}

/**
 * One account's trust index from its own rows (the shared pure function, with the cadence the
 * server would use).
 *
 * @example
 * const trust = accountTrust(account, rows, new Date(), { viewerId: me })
 */
export function accountTrust(
  account: Account,
  rows: AccountRows | undefined,
  asOf: Date,
  options: TrustOptions,
): TrustIndex {
  const { checkins, items, contacts } = rows ?? emptyRows()
  const input = { id: account.id, cadence_days: effectiveCadence(account) }
  return trustIndex(input, checkins, items, contacts, asOf, options)
}
