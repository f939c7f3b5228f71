import type { TierCadence } from '../../../api/contract/cadence.ts'
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

/**
 * The cadence target the server keeps: a relationship without one (created or emptied on this
 * device) takes its org's default for the tier, as the database trigger does, so the device
 * agrees with the server before the change syncs.
 *
 * @example
 * effectiveCadence({ tier: 'core', cadence_days: null }, tierCadence) // 30 by default
 */
export function effectiveCadence(
  account: Pick<Account, 'tier' | 'cadence_days'>,
  tierCadence: TierCadence,
): number {
  return account.cadence_days ?? tierCadence[account.tier]
}

/** Whose view the trust is computed for, and the org's cadence defaults. */
export type AccountTrustOptions = TrustOptions & { tierCadence: TierCadence }

const noRows: TrustRows = { checkins: [], items: [], contacts: [] }

/**
 * One account's trust index from its own rows (the shared pure function, with the cadence the
 * server would use).
 */
export function accountTrust(
  account: Account,
  rows: TrustRows | undefined,
  asOf: Date,
  options: AccountTrustOptions,
): TrustIndex {
  const { checkins, items, contacts } = rows ?? noRows
  const { tierCadence, ...trustOptions } = options
  const input = { id: account.id, cadence_days: effectiveCadence(account, tierCadence) }
  return trustIndex(input, checkins, items, contacts, asOf, trustOptions)
}
