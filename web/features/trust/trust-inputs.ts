import {
  trustIndex,
  type TrustActionItem,
  type TrustCheckin,
  type TrustContact,
  type TrustIndex,
  type TrustOptions,
} from '../../../api/contract/trust-index.ts'
import type { LocalRow } from '../../local/local-db.ts'

type Account = LocalRow<'accounts'>

/** What the trust index reads of one account: whole rows, or the compact trust facts. */
export interface TrustRows {
  checkins: readonly TrustCheckin[]
  items: readonly TrustActionItem[]
  contacts: readonly TrustContact[]
}

/** One account's whole rows, as the briefing shows them. */
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

const noRows: TrustRows = { checkins: [], items: [], contacts: [] }

/**
 * One account's trust index from its own rows (the shared pure function, with the cadence the
 * server would use).
 *
 * @example
 * const trust = accountTrust(account, rows, new Date(), { viewerId: me })
 */
export function accountTrust(
  account: Account,
  rows: TrustRows | undefined,
  asOf: Date,
  options: TrustOptions,
): TrustIndex {
  const { checkins, items, contacts } = rows ?? noRows
  const input = { id: account.id, cadence_days: effectiveCadence(account) }
  return trustIndex(input, checkins, items, contacts, asOf, options)
}
